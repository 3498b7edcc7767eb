package claims

// Modality rules of helper round "r2b": parenthetical "if any", the subject
// of "what impact X will have", and events put forward ("proposed a
// meeting").

// parentheticalIf reports an "if" at k that opens no condition: "what
// impact - if any - the deal will have", "damage, if any, was slight". It is
// followed by "any" or "ever" and a punctuation mark.
func (s *sent) parentheticalIf(k int) bool {
	if s.toks[k].Lower != "if" || k+2 >= len(s.toks) {
		return false
	}
	w := s.toks[k+1].Lower
	return (w == "any" || w == "ever") && s.toks[k+2].Punct
}

// whObjectSubject reports a hedge cue at k whose doubt is about the object
// of a "what" clause between the cue and the trigger: "it is too early to
// tell what impact Acme's purchase of Bolt will have", "unclear what effect
// the merger has had": the purchase and the merger are told as facts; the
// unknown is their impact (cue class wh-object-noun).
func (s *sent) whObjectSubject(k int, tr trig) bool {
	for w := k + 1; w+1 < tr.i; w++ {
		if s.toks[w].Lower == "what" && s.cue("wh-object-noun", w+1) {
			return true
		}
	}
	return false
}

// proposedObject reports an event noun that is the object of a verb putting
// it forward (cue class propose-verb): "proposed a meeting with the rebels",
// "called for talks", "urged a ceasefire": still to happen, if at all.
func (s *sent) proposedObject(tr trig) bool {
	g := s.backOverModifiers(tr.i, true)
	if g < 0 || !tr.t.Noun && g != tr.i-1 {
		return false // a verb trigger only as a bare noun: "called for talks with" (the verb "talk with")
	}
	for a := g; a >= 0 && a >= g-2; a-- {
		if n := s.multiCue("propose-verb", a); n > 0 && a+n == g+1 {
			return true
		}
	}
	return false
}
