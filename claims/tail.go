package claims

import "strings"

// Senses, roles and places that the words around a trigger or an argument
// decide once the arguments are known (see each function).

// roleTaking reports a trigger listed as "role-taking" in cues.txt ("take
// over") whose doer is a person: a person who takes over ("Ann Roe takes
// over the show", "who is taking over the ship") takes a role or control,
// while a firm or a state that takes over buys. The doer is the subject
// found, or a "who" right before the verb (over auxiliaries).
func (s *sent) roleTaking(c *Claim, tr trig) bool {
	if tr.t.Noun || !s.frameHas("role-taking", tr.t.Base) {
		return false
	}
	if c.Subject != nil {
		return c.Subject.Mention >= 0 && s.x.Mentions[c.Subject.Mention].Type == "PERSON"
	}
	k := tr.i - 1
	for k >= 0 && (isAux(s.toks[k].Lower) || isBe(s.toks[k].Lower) || s.toks[k].Lower == "'s") {
		k--
	}
	return k >= 0 && (s.toks[k].Lower == "who" || s.toks[k].Lower == "whoever")
}

// rankedNounBefore reports a common noun at k, before an infinitive, that a
// rank word sets apart: "the only teams to win", "the first club to lose",
// "the youngest player to win". The noun is the infinitive's subject, so a
// name further left is not ("Smith scored, helping them join the 1999 Rams
// as the only teams to win": no win by Smith).
func (s *sent) rankedNounBefore(k int) bool {
	t := s.toks[k]
	if k < 1 || t.Punct || t.Text != t.Lower || s.tokMent[k] >= 0 || s.isTrig[k] >= 0 || s.looksVerb(k) || s.isPronoun(k) || isAux(t.Lower) {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		w := s.toks[p]
		if w.Punct || s.tokMent[p] >= 0 {
			return false
		}
		if v, ok := s.lex.cues["ordinal"][w.Lower]; ok && v != "" && v != "+" || w.Lower == "only" || w.Lower == "last" || len(w.Lower) > 4 && strings.HasSuffix(w.Lower, "est") {
			// not the object of a preposition: "rallied in the second half to
			// win" (but "as the only teams to win")
			b := p - 1
			for b >= 0 && (s.cue("determiner", b) || s.toks[b].Lower == "only") {
				b--
			}
			return b < 0 || s.toks[b].Lower == "as" || !isPrep(s.toks[b].Lower) && !isObjPrep(s.toks[b].Lower)
		}
	}
	return false
}

// genericNoun reports a bare singular event noun (or a verb trigger that is
// also an event noun, "murder") that is the subject of a present "is" with a
// noun phrase after it: "robbery is one thing and murder is quite another",
// "killing is a crime". It names the kind of act, no event that happened. A
// determiner, a possessor or a name before it ("the murder is under
// investigation"), or an adjective after "is" ("extradition is unlikely":
// this extradition) keeps the event.
func (s *sent) genericNoun(i, j int, t Trigger) bool {
	if !t.Noun && !s.eventNoun(s.toks[i].Lower) || len(t.Words) != 1 || strings.HasSuffix(s.toks[i].Lower, "s") || j+1 >= len(s.toks) || s.toks[j].Lower != "is" {
		return false
	}
	if i > 0 {
		switch p := s.toks[i-1]; {
		case p.Lower == "and" || p.Lower == "but" || p.Lower == "or":
		case p.Punct && p.Lower != "'s" && p.Lower != "'":
		default:
			return false
		}
	}
	k := j + 1
	for k < len(s.toks) && k < j+3 && (s.cue("degree", k) && s.toks[k].Lower != "a") {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].Lower {
	case "a", "an", "another", "one", "no":
		return true
	}
	return false
}

// placeOfMatter reports a place argument that names no place where the event
// happened: a name after "in" that follows a noun of involvement ("a prison
// term for his role in Watergate", "his part in the affair") names the
// matter.
func (s *sent) placeOfMatter(a *Arg) bool {
	k := s.argTok(a)
	if k < 0 {
		return false
	}
	p := s.skipDet(k - 1)
	return p >= 1 && s.toks[p].Lower == "in" && s.cue("matter-noun", p-1)
}

// speakerBeforeAddress replaces a speaker that is the last part of a place's
// address, "PLACE, STATE said": "Jane Doe, the sheriff of Pima County, Ariz.
// said" is said by Jane Doe, not by "Ariz". The person is the name that
// opens the apposition, a comma after it, with no verb between it and the
// address.
func (s *sent) speakerBeforeAddress(c *Claim) {
	k := s.argTok(c.Subject)
	if k < 2 || s.x.Mentions[c.Subject.Mention].Type == "PERSON" || s.toks[k-1].Lower != "," || s.tokMent[k-2] < 0 || !placeTypes[s.x.Mentions[s.tokMent[k-2]].Type] {
		return
	}
	for h := s.mentionStart(k-2) - 1; h >= 1 && h >= k-20; h-- {
		t := s.toks[h]
		if s.looksVerb(h) || s.cue("say", h) || t.Lower == "who" || t.Lower == "which" || t.Lower == "that" || t.Lower == ";" || t.Lower == ":" {
			return
		}
		if t.Lower != "," || s.tokMent[h-1] < 0 {
			continue
		}
		mi := s.tokMent[h-1]
		if s.x.Mentions[mi].Type != "PERSON" {
			continue
		}
		st := s.mentionStart(h - 1)
		if st > 0 && !s.toks[st-1].Punct && !s.cue("clause-break", st-1) && s.toks[st-1].Lower != "and" {
			return // "the judge told Ann Roe, ...": not an apposition
		}
		old := c.Subject
		c.Subject = s.argOf(mi)
		if c.Start > c.Subject.Start && c.Start-c.Subject.Start < 250 {
			c.Start = c.Subject.Start
		}
		if c.Attribution != "" && old != nil {
			c.Attribution = s.x.Mentions[mi].Name
		}
		return
	}
}

// noWayBefore reports a clause at i governed by "no way": "there is no way
// (that) he would not have told me" denies the denial, so the verb's own
// "not" does not negate it. The words between are a clause: no punctuation.
func (s *sent) noWayBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if s.toks[k].Punct {
			return false
		}
		if s.toks[k].Lower == "way" && s.toks[k-1].Lower == "no" {
			return true
		}
	}
	return false
}
