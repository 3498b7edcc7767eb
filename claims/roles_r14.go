package claims

// reportedGap reports a verb of saying at j inside the relative clause that
// opens at k, with its own speaker before it and the event trigger at i
// after it ("the shelling, which she said killed nine", "Smith, who police
// said shot him"): the speaker only reports the event, whose subject is the
// relative pronoun's antecedent, never the speaker.
func (s *sent) reportedGap(j, k, i int) bool {
	if j <= k+1 || j >= i || s.tokMent[j] >= 0 || !s.cue("say", j) {
		return false
	}
	if s.isTrig[i] >= 0 && s.trigs[s.isTrig[i]].t.Frame == "say" {
		return false
	}
	p := j - 1
	if !(s.isPronoun(p) || s.tokMent[p] >= 0 || s.cue("source", p)) {
		return false
	}
	for q := j + 1; q < i; q++ {
		if t := s.toks[q].Lower; !isAux(t) && !isAdverb(t) && !s.cue("negation", q) {
			return false
		}
	}
	return true
}
