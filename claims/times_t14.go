package claims

import "strings"

// attributionTimes gives a date written inside the attribution phrase ("HP
// today announced that ...", "X on Monday said it has agreed to ...") to the
// verb of saying at sayAt: assignTimes skips the phrase so that the date
// does not date the reported content, but it still dates the statement.
func (s *sent) attributionTimes(span [2]int, sayAt int) {
	if span[1] <= span[0] || sayAt < 0 || sayAt >= len(s.toks) || s.isTrig[sayAt] < 0 {
		return
	}
	ti := s.isTrig[sayAt]
	if !s.frameHas("statement", s.trigs[ti].t.Frame) {
		return
	}
	// the sentence's own dates, by its tokens: not every date of the article
	for k, t := range s.toks {
		xi := s.tokTimex[k]
		if t.Start < span[0] || xi < 0 {
			continue
		}
		if t.Start >= span[1] {
			break
		}
		tx := s.x.Timexes[xi]
		if tx.Start < span[0] || tx.End > span[1] || !datesEvent(tx) || strings.HasSuffix(tx.Value, "_REF") {
			continue
		}
		if _, ok := s.owner[xi]; ok {
			continue
		}
		s.owner[xi] = ti
	}
}

// statementCompound reports a statement noun right after a lowercase
// modifier at e ("press conference", "news briefing", "radio interview"): a
// date before the compound dates the statement, as one before the bare noun
// does ("in a November 9 press conference, X stated").
func (s *sent) statementCompound(e int) bool {
	if e+1 >= len(s.toks) || s.toks[e].Text != s.toks[e].Lower || s.toks[e].Punct || s.isTrig[e] >= 0 {
		return false
	}
	return s.cue("statement-noun", e+1)
}
