package claims

import "strings"

// Speakers that are not who the nearest words suggest: a verb of belief
// with a noun object reports nothing, a person "from the ORG" speaks for
// himself, a verb after "but" shares the subject of the clause before an
// embedded question, and "X's demands" is a noun.

// nounObjectSay reports a verb of saying or belief at k (cue class
// noun-object-say: "expect", "believe") whose object is a noun phrase, not a
// clause: "expected more from a team that had signed X", "expected a win".
// Such a verb reports nothing, so what follows is not its speaker's. The
// object runs to the end of the clause; a verb in it ("expected the deal
// would close", "believed the man in the car was armed") makes it a clause,
// while a relative clause on the noun ("a team that had signed") does not.
func (s *sent) nounObjectSay(k int) bool {
	if !s.cue("noun-object-say", k) || k+1 >= len(s.toks) {
		return false
	}
	switch w := s.toks[k+1].Lower; {
	case w == "that" || w == "to" || s.toks[k+1].Punct:
		return false
	}
	for p := k + 1; p < len(s.toks); p++ {
		t := s.toks[p]
		if t.Punct {
			return t.Lower == "," || t.Lower == "." || t.Lower == ";" || t.Lower == ")"
		}
		if t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return p > k+1 // a relative clause on the object
		}
		if s.tokMent[p] >= 0 || s.tokTimex[p] >= 0 {
			continue
		}
		if isBe(t.Lower) || isAux(t.Lower) || s.looksVerb(p) || s.cue("say", p) {
			return false
		}
	}
	return true
}

// personFromOrg returns the person named right before "from"/"of"/"with" +
// the organization whose mention starts at token ms, and the first token of
// his name: "Christopher Gunness from the UN Relief and Works Agency said" —
// he speaks, not the agency (nor the part of its name after "and"). -1 when
// no such person stands there.
func (s *sent) personFromOrg(ms int) (int, int) {
	for p := ms - 1; p >= 1 && p >= ms-8; p-- {
		t := s.toks[p]
		switch {
		case t.Lower == "from" || t.Lower == "of" || t.Lower == "with" || t.Lower == "at":
			if mi := s.tokMent[p-1]; mi >= 0 && s.x.Mentions[mi].Type == "PERSON" {
				return mi, s.mentionStart(p - 1)
			}
			if t.Lower != "of" {
				return -1, 0
			}
		case s.tokMent[p] >= 0 || t.Lower == "the" || t.Lower == "and" || t.Lower == "for" || t.Lower == "&" || startsUpper(t.Text) && !t.Punct:
		default:
			return -1, 0
		}
	}
	return -1, 0
}

// elidedWhSubject returns the subject of a verb at i that follows "but" or
// "and" with no subject of its own, when the clause before it ends in an
// embedded question: "Feldman wouldn't say when Orbis and Velta began talks
// but said the deal came quickly" — Feldman said it, not Velta. The subject
// is that of the verb the question hangs on ("say"), nil when that one is
// not named. ok is false when the words before i are not of this shape.
func (s *sent) elidedWhSubject(i int) (*Arg, bool) {
	if i < 4 || s.tokRel[i] != 0 {
		return nil, false
	}
	if w := s.toks[i-1].Lower; w != "but" && w != "and" {
		return nil, false
	}
	for p := i - 2; p >= 1 && p >= i-14; p-- {
		t := s.toks[p]
		if t.Punct {
			return nil, false
		}
		switch t.Lower {
		case "when", "whether", "how", "why", "where", "if", "what", "who":
			v := p - 1
			if !s.cue("say", v) && !s.looksVerb(v) && s.toks[v].Lower != "know" && s.toks[v].Lower != "disclose" && s.toks[v].Lower != "reveal" {
				return nil, false
			}
			if a := s.subjectLeft(v); a != nil && a.Mention >= 0 {
				return a, true
			}
			return nil, true // the subject is not the name nearest: none rather than a wrong one
		}
	}
	return nil, false
}

// possessedPlural reports a verb trigger at i with an -s form right after a
// possessive ("Simpson's demands", "the company's claims"): after "'s" the
// word is a plural noun, not a verb, and the possessor is its doer.
func (s *sent) possessedPlural(i int) bool {
	if i < 2 {
		return false
	}
	w := s.toks[i].Lower
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	p := s.toks[i-1].Lower
	// "Jones' claims"; not a quote mark after a name ("Sudan 'bombs refugees'")
	plural := p == "'" && strings.HasSuffix(s.toks[i-2].Lower, "s") && s.toks[i-1].Start == s.toks[i-2].End
	return (p == "'s" || plural) && s.tokMent[i-2] >= 0 || p == "their" || p == "its"
}
