package claims

// Dates of statements about events (helper round "r2b").

// statementOfNoun returns the verb trigger of a statement (frames of class
// statement: say, announce, confirm, deny ...) whose object is the event
// noun ti, when the date at k comes after that noun: "HP and EDS confirmed
// the talks yesterday" — yesterday is when they confirmed; the talks had
// been going on before. It returns -1 otherwise. Only determiners and
// adverbs stand between verb and noun, and no verb follows the date at
// [k, e): in "police said the murder Thursday evening shocked the town" the
// noun is the subject of what was said, and the date is the murder's.
func (s *sent) statementOfNoun(ti, k, e int) int {
	tr := s.trigs[ti]
	if !tr.t.Noun || k < tr.j {
		return -1
	}
	if e < len(s.toks) {
		if n := s.toks[e]; isAux(n.Lower) || isBe(n.Lower) || s.looksVerb(e) || s.isTrig[e] >= 0 && !s.trigs[s.isTrig[e]].t.Noun {
			return -1
		}
	}
	g := s.backOverModifiers(tr.i, true)
	for a, at := range s.trigs {
		if a != ti && !at.t.Noun && at.j == g+1 && s.frameHas("statement", at.t.Frame) {
			return a
		}
	}
	return -1
}
