package claims

import "strings"

// Phrases that change what a claim is about: sources after "according to",
// street corners, successions, idioms of claiming, modals after event nouns.
// Found on the set24 development sample (the 24th articles of ECB+
// topics 21–40).

// accordingToSource reports an event noun at i that heads the noun phrase
// after "according to", over a determiner and up to two modifiers
// ("according to the criminal charges, two officers heard a bang"): the
// document is the source of what follows, not an event.
func (s *sent) accordingToSource(i int) bool {
	k := i - 1
	for n := 0; k >= 1 && n < 3; n++ {
		w := s.toks[k]
		if w.Punct || s.tokMent[k] >= 0 || w.Text != w.Lower || w.Lower == "to" || isPrep(w.Lower) || isObjPrep(w.Lower) ||
			s.cue("clause-break", k) || strings.HasSuffix(w.Lower, "ing") || isBe(w.Lower) || isAux(w.Lower) {
			break
		}
		k--
	}
	return k >= 1 && s.toks[k].Lower == "to" && s.toks[k-1].Lower == "according"
}

// streetCorner reports facility names that are all streets ("Bruckner
// Boulevard and Evergreen Avenue"): two streets named together are the
// corner where something happened, one place, not a list of facilities.
func (s *sent) streetCorner(objs []Arg) bool {
	if len(objs) < 2 {
		return false
	}
	head := func(o Arg) string {
		words := strings.Fields(strings.ToLower(o.Text))
		if len(words) < 2 {
			return ""
		}
		if _, ok := s.lex.cues["street-head"][words[len(words)-1]]; !ok {
			return ""
		}
		return words[len(words)-1]
	}
	if h := head(objs[len(objs)-1]); strings.HasSuffix(strings.TrimSuffix(h, "."), "s") && h != "st." && h != "st" {
		return true // a plural head shared by all: "Church and New York Aves"
	}
	for _, o := range objs {
		if head(o) == "" {
			return false
		}
	}
	return true
}

// sourceInPrepPhrase reports a source noun starting at st whose phrase is
// the object of "of" after a noun, over modifier words and names ("the head of
// the Genovese crime family ... died", "a member of the victim's family
// said"): the one who acts is the noun before the preposition, not the
// source noun.
func (s *sent) sourceInPrepPhrase(st int) bool {
	for k, n := st-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		w := s.toks[k]
		if w.Lower == "of" && s.tokMent[k] < 0 {
			// a noun heads the phrase: "the head of", not "because of"
			return k > 0 && !s.toks[k-1].Punct && s.toks[k-1].Text == s.toks[k-1].Lower && !s.looksVerb(k-1) && !isObjPrep(s.toks[k-1].Lower) && !isSubordinator(s.toks[k-1].Lower) && !s.cue("clause-break", k-1)
		}
		if w.Punct && w.Lower != "'s" || s.tokMent[k] < 0 && (w.Text != w.Lower || w.Lower == "what" || isObjPrep(w.Lower) || w.Lower == "and" || w.Lower == "or" || w.Lower == "but" || s.looksVerb(k) || isBe(w.Lower) || isAux(w.Lower) || s.cue("clause-break", k)) {
			return false
		}
	}
	return false
}

// succeedsPerson reports a role-taking trigger ("take over") followed by
// "from" and a person ("will take over from Smith", "took over from him"):
// someone succeeds that person in a role; no firm is bought.
func (s *sent) succeedsPerson(tr trig) bool {
	if tr.t.Noun || !s.frameHas("role-taking", tr.t.Base) || tr.j+1 >= len(s.toks) || s.toks[tr.j].Lower != "from" {
		return false
	}
	k := tr.j + 1
	if mi := s.tokMent[k]; mi >= 0 {
		return s.x.Mentions[mi].Type == "PERSON"
	}
	switch s.toks[k].Lower {
	case "him", "her", "them":
		return true
	}
	return false
}

// relativeAfterSpeaker reports "who" or "whose" at k, opening a relative
// clause about the name after an inverted verb of saying ("..., said Ann Roe,
// who would not say why"): the name still speaks.
func (s *sent) relativeAfterSpeaker(k int) bool {
	return k < len(s.toks) && (s.toks[k].Lower == "who" || s.toks[k].Lower == "whose")
}

// titleDot reports a full stop at k that ends an abbreviated title word or
// honorific bound to the name right after it ("killed Deputy Sgt. Hoyt
// Teasley", "the nomination of Dr. Regina Benjamin"): no clause ends there.
func (s *sent) titleDot(k int) bool {
	if s.toks[k].Lower != "." || k+1 >= len(s.toks) || s.tokMent[k+1] < 0 {
		return false
	}
	m := s.x.Mentions[s.tokMent[k+1]]
	return (m.Title != "" && m.TitleStart < s.toks[k].Start || m.Honorific != "" && k > 0 && strings.EqualFold(s.toks[k-1].Text+".", m.Honorific)) && m.Start >= s.toks[k].End
}

// commaPhraseEnd returns the first comma in (j, end) that a determiner
// follows: what comes after it ("released Wednesday, the tension in East
// Flatbush could be measured", "arrested Friday, the day after the riot in
// Brooklyn") is another clause or an apposition, whose places are not the
// event's. It returns end when there is none.
func (s *sent) commaPhraseEnd(j, end int) int {
	for k := j + 1; k+1 < end; k++ {
		if s.toks[k].Lower == "," && (s.toks[k+1].Lower == "the" || s.toks[k+1].Lower == "a" || s.toks[k+1].Lower == "an") {
			return k
		}
	}
	return end
}

// claimTaking reports "claim" at i taking something rather than saying it:
// its object is a noun phrase, opened by a determiner or a number, whose head
// is listed in "claim-taking" ("claimed the summer's top free agent prize",
// "claimed two lives").
func (s *sent) claimTaking(i int, t Trigger) bool {
	if t.Frame != "say" || t.Noun || !strings.HasPrefix(s.toks[i].Lower, "claim") {
		return false
	}
	k := i + len(t.Words)
	if k >= len(s.toks) || !(s.cue("determiner", k) || isNumber(s.toks[k].Lower)) {
		return false
	}
	head := -1
	for n := k; n < len(s.toks) && n < k+9; n++ {
		w := s.toks[n]
		if w.Punct && w.Lower != "'s" && w.Lower != "-" || s.tokMent[n] >= 0 && n > k+1 || isPrep(w.Lower) || isObjPrep(w.Lower) || w.Lower == "and" || isAux(w.Lower) || isBe(w.Lower) || s.cue("clause-break", n) {
			break
		}
		if w.Lower != "'s" && w.Lower != "-" {
			head = n
		}
	}
	if head < 0 {
		return false
	}
	_, ok := s.lex.cues["claim-taking"][s.toks[head].Lower]
	return ok
}

// subjectSense reports a verb trigger at i whose subject, the common noun
// right before it (over adverbs, auxiliaries and negation), is listed in
// "not-subject-FRAME": "the bill died in the Senate" is no death.
func (s *sent) subjectSense(i int, t Trigger) bool {
	words := s.lex.cues["not-subject-"+t.Frame]
	if len(words) == 0 || t.Noun {
		return false
	}
	b := i - 1
	for b >= 0 && !s.toks[b].Punct && (strings.HasSuffix(s.toks[b].Lower, "ly") || isAdverb(s.toks[b].Lower) || isAux(s.toks[b].Lower) || isBe(s.toks[b].Lower) || s.cue("negation", b)) {
		b--
	}
	if b < 0 || s.toks[b].Punct || s.tokMent[b] >= 0 || s.toks[b].Text != s.toks[b].Lower {
		return false
	}
	_, ok := words[s.toks[b].Lower]
	return ok
}

// nounModalAfter is the modality that a word right after an event noun
// gives it: "a release likely for late 2009", "a vote expected next week",
// "a visit planned for May". The noun is then no fact yet.
func (s *sent) nounModalAfter(tr trig) (string, bool) {
	if !tr.t.Noun || tr.j >= len(s.toks) {
		return "", false
	}
	if s.cue("after-noun-hedged", tr.j) {
		return Hedged, true
	}
	if s.cue("after-noun-planned", tr.j) && tr.j+1 < len(s.toks) {
		switch s.toks[tr.j+1].Lower {
		case "for", "in", "on", "next":
			return Planned, true
		case "to":
			if s.toks[tr.j].Lower != "due" {
				return Planned, true // not "a death due to cancer"
			}
		}
	}
	return "", false
}

// narrativeWould reports "would go on to", "would later" or "would
// eventually" right before a verb trigger: a past told from an earlier
// point ("Rahman would go on to win the title in 2005"), not a hedge.
func (s *sent) narrativeWould(tr trig) bool {
	if tr.t.Noun {
		return false
	}
	for k := tr.i - 1; k >= 0 && k >= tr.i-4; k-- {
		if s.toks[k].Lower != "would" {
			continue
		}
		between := make([]string, 0, 4)
		for n := k + 1; n < tr.i; n++ {
			between = append(between, s.toks[n].Lower)
		}
		switch strings.Join(between, " ") {
		case "go on to", "later", "eventually", "later go on to", "eventually go on to", "also go on to":
			return true
		}
		return false
	}
	return false
}

// possessorActs turns the possessor of a patient-possessor noun into its
// doer when a person or group follows after "of": in "his nomination of Ann
// Roe" or "Russia's extradition of X" the possessor acts and the name after
// "of" is the one it happens to ("Assad's ouster" alone keeps Assad as the
// one ousted).
func (s *sent) possessorActs(c *Claim, tr trig, cend int) {
	if c.Object == nil || s.frameHas("no-patient", tr.t.Frame) || s.frameHas("intransitive", tr.t.Frame) {
		return
	}
	arg, _ := s.prepArg(tr.j, cend, []string{"of"}, agentTypes)
	if arg == nil || s.placeAsPerson(tr.t.Frame, arg) || arg.Mention >= 0 && c.Object.Mention >= 0 && s.x.Mentions[arg.Mention].Local == s.x.Mentions[c.Object.Mention].Local {
		return
	}
	c.Subject, c.Object = c.Object, arg
}

// compoundHyphen reports a "-" at j inside a compound that a text spacing
// its hyphens writes apart ("16 - year - old", "a 10 - point lead"): no dash
// that ends a clause.
func (s *sent) compoundHyphen(j int) bool {
	if s.toks[j].Lower != "-" || j == 0 || j+1 >= len(s.toks) {
		return false
	}
	prev, next := s.toks[j-1], s.toks[j+1]
	if prev.Punct || next.Punct {
		return false
	}
	if prev.Lower != "" && prev.Lower[0] >= '0' && prev.Lower[0] <= '9' {
		return true
	}
	switch next.Lower {
	case "old", "year", "years", "month", "week", "day", "hour", "minute", "mile", "foot", "point":
		return true
	}
	return false
}
