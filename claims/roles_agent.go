package claims

// roleSpan returns the number of tokens of the role at r after a role verb.
// Role words in a row make one title ("will become general manager",
// "named deputy director"): the last word is the head, and cutting the
// title at the first word gives another office ("general" is a rank, not a
// manager).
func (s *sent) roleSpan(r int) int {
	n := s.multiCue("role", r)
	for n > 0 && r+n < len(s.toks) {
		m := s.multiCue("role", r+n)
		if m == 0 {
			break
		}
		n += m
	}
	return n
}
