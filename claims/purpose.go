package claims

// purposePlanned reports whether the verb trigger tr is a purpose infinitive
// ("to sign") serving a verb that is itself planned: in "is set to travel to
// Warsaw on Wednesday to sign a rail deal" the signing is as much a plan as
// the trip. The scan of modality stops at the trip's trigger, so without this
// the signing read as done. A purpose after a done trip ("flew to Paris to
// sign a deal") keeps the trip's modality and is left alone, as is a purpose
// across a clause break or after a statement ("said on Monday to ...").
func (s *sent) purposePlanned(tr trig) bool {
	if tr.t.Noun || tr.i < 2 || s.toks[tr.i-1].Lower != "to" {
		return false
	}
	for k := tr.i - 2; k >= 0 && k >= tr.i-12; k-- {
		switch s.toks[k].Lower {
		case ";", ",", "that", "who", "which", "and", "but", "or", "(", ":":
			return false
		}
		if ti := s.isTrig[k]; ti >= 0 {
			pt := s.trigs[ti]
			if pt.t.Noun || pt.t.Frame == "say" || pt.i >= tr.i {
				return false
			}
			return s.modality(pt) == Planned
		}
	}
	return false
}
