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

// withOfOtherNoun reports a "with" or "between" object at a of an event
// noun ending at j that belongs to a common noun in an "of" phrase after the
// event noun ("the deadliest attack of the war with Israel"): Israel is the
// war's foe, not the attack's target.
func (s *sent) withOfOtherNoun(j int, a *Arg) bool {
	k := s.argTok(a)
	if k < 0 {
		return false
	}
	p := s.skipDet(k - 1)
	if p < j {
		return false
	}
	for h := j; h < p; h++ {
		if s.toks[h].Lower != "of" {
			continue
		}
		for n := h + 1; n < p; n++ {
			if t := s.toks[n]; !t.Punct && t.Text == t.Lower && s.tokMent[n] < 0 && s.tokTimex[n] < 0 && !s.cue("determiner", n) && !isAdjective(t.Lower) {
				return true
			}
		}
	}
	return false
}

// placeInNounPhrase reports a name at k after "of" in a place phrase that
// follows another common noun after the event noun ending at j: "the attack
// on the clinic in the northern town of Ostrava" is on the clinic, in
// Ostrava. Frames whose object may be a place ("attack on Kabul") keep it
// only when no such noun stands between.
func (s *sent) placeInNounPhrase(j, k int) bool {
	p := s.skipDet(k - 1)
	seen := false
	for h := j; h < p; h++ {
		t := s.toks[h]
		if isPlacePrep(t.Lower) && t.Lower != "to" && seen {
			return true
		}
		if !t.Punct && t.Text == t.Lower && s.tokMent[h] < 0 && !isPrep(t.Lower) && !isObjPrep(t.Lower) && !s.cue("determiner", h) && !isAdjective(t.Lower) {
			seen = true // a common noun: "school"
		}
		if s.tokMent[h] >= 0 {
			seen = true // a named one: "the Fakhora school"
		}
	}
	return false
}

// partitiveNumber reports a number at k counting the group of a partitive
// ("one of five architects", "two of the 12 jurors", "each of the three
// firms"): it sizes a group the subject belongs to, not a quantity the
// subject has ("X, an Intel fellow and one of five architects": Intel has
// no five architects).
func (s *sent) partitiveNumber(k int) bool {
	p := k - 1
	if p >= 0 && s.toks[p].Lower == "the" {
		p--
	}
	if p < 1 || s.toks[p].Lower != "of" {
		return false
	}
	switch w := s.toks[p-1].Lower; w {
	case "one", "each", "some", "all", "none", "most", "any", "many", "several", "both", "either", "neither", "few":
		return true
	default:
		return isNumber(w)
	}
}
