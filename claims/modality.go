package claims

import "strings"

// Modality that the cue words right before a trigger do not show: a modal
// that governs an earlier verb joined to the trigger ("can't play like that
// and win"), an event noun that is the subject of a modal ("a win would've
// cost them"), a "Will" that is a first name, and a sentence-wide
// "reportedly" that speaks of something other than an age.

// coordModal reports a bare verb trigger joined by "and"/"or" to an earlier
// verb of its clause that a modal governs ("You can't play like that and
// win", "they could regroup and attack"): the modal covers both verbs. It
// returns the modality the modal gives and whether it is negated.
func (s *sent) coordModal(tr trig) (string, bool, bool) {
	head, _, _ := strings.Cut(tr.t.Base, " ")
	if tr.t.Noun || tr.i < 3 || s.toks[tr.i].Lower != head {
		return "", false, false
	}
	if c := s.toks[tr.i-1].Lower; c != "and" && c != "or" {
		return "", false, false
	}
	for k := tr.i - 2; k >= 0 && k >= tr.i-12; k-- {
		t := s.toks[k]
		// "that" right before "and" is a pronoun ("like that and win"), not
		// a clause opening
		if t.Punct && t.Lower != "'" && t.Lower != "’" || s.cue("clause-break", k) && t.Lower != "as" && !(t.Lower == "that" && k == tr.i-2) {
			break
		}
		switch t.Lower {
		case "can", "ca", "cannot", "could", "would", "wo", "should", "might", "may", "must":
			neg := t.Lower == "cannot" || k+1 < tr.i && (s.toks[k+1].Lower == "n't" || s.toks[k+1].Lower == "not" || s.toks[k+1].Lower == "never")
			return Hedged, neg, true
		case "will", "shall":
			neg := k+1 < tr.i && (s.toks[k+1].Lower == "n't" || s.toks[k+1].Lower == "not" || s.toks[k+1].Lower == "never")
			return Planned, neg, true
		}
	}
	return "", false, false
}

// willName reports a capitalized "Will" that is a first name, not the modal:
// inside a sentence that is not a headline, or opening a sentence that is no
// question and where a name follows ("Will Artino scored 14 points").
func (s *sent) willName(k int) bool {
	t := s.toks[k]
	if t.Lower != "will" || t.Text != "Will" || k+1 >= len(s.toks) || !startsUpper(s.toks[k+1].Text) {
		return false
	}
	if k > 0 && !s.headline {
		return true
	}
	last := s.toks[len(s.toks)-1].Lower
	return k == 0 && last != "?" && s.tokMent[k+1] >= 0
}

// stateModality is the modality of a claim about a state such as an age: a
// sentence-wide "reportedly" before it speaks of something else ("an
// inexperienced and reportedly ill-equipped climber, 31-year-old ..."), so
// only a cue in its own clause counts, or "according to", which speaks for
// the whole sentence.
func (s *sent) stateModality(k, e int, mod string) string {
	if mod != Reported {
		return mod
	}
	for j := 0; j+1 < len(s.toks); j++ {
		if s.toks[j].Lower == "according" && s.toks[j+1].Lower == "to" {
			return mod // a source for the whole sentence
		}
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j].Punct {
			break
		}
		if s.cue("reported", j) {
			return mod
		}
	}
	return Asserted
}

// nounModal returns the modality of an event noun that is the subject of a
// modal verb: a counterfactual ("a win would've cost them the pick", "a loss
// could have ended it") is hedged; "the vote will take place" is planned.
func (s *sent) nounModal(tr trig) (string, bool) {
	if !tr.t.Noun || tr.j >= len(s.toks) {
		return "", false
	}
	k := tr.j
	m := strings.TrimRight(s.toks[k].Lower, "'’")
	if strings.HasSuffix(m, "'ve") || strings.HasSuffix(m, "’ve") {
		return Hedged, true // "would've" as one word
	}
	var mod string
	switch m {
	case "would", "could", "might", "may", "should", "must":
		mod = Hedged
	case "will", "shall":
		mod = Planned
	default:
		return "", false
	}
	k++
	for k < len(s.toks) && (s.toks[k].Lower == "n't" || s.toks[k].Lower == "not" || s.toks[k].Lower == "'" || s.toks[k].Lower == "’" || strings.HasSuffix(s.toks[k].Lower, "ly")) {
		k++
	}
	if k >= len(s.toks) {
		return "", false
	}
	switch strings.TrimLeft(s.toks[k].Lower, "'’") {
	case "have", "ve":
		return Hedged, true // "would've cost them": it did not happen
	case "take", "be", "happen", "occur", "start", "begin", "go", "come":
		if w := s.toks[k].Lower; w == "take" && !(k+1 < len(s.toks) && s.toks[k+1].Lower == "place") || w == "be" && !(k+1 < len(s.toks) && s.toks[k+1].Lower == "held") {
			return "", false // "the attack will be investigated" is about what follows it
		}
		return mod, true
	}
	return "", false
}

// conditional reports a trigger inside an "if" or "unless" clause that has
// not closed yet: "Even if relations turn frosty and ATI loses Intel's
// business, AMD predicts ...": the loss is supposed, however far it stands
// from the "if" (the cue window before a trigger is only a few words). The
// clause ends at a comma, a semicolon or a colon; "as if" compares.
func (s *sent) conditional(tr trig) bool {
	for k := tr.i - 1; k >= 0; k-- {
		switch w := s.toks[k].Lower; w {
		case ",", ";", ":":
			return false
		case "if", "unless":
			if s.parentheticalIf(k) {
				continue // modality_r2b.go: "what impact - if any - the deal will have"
			}
			return k == 0 || s.toks[k-1].Lower != "as"
		}
	}
	return false
}

// plannedModifier reports a word of the trigger's noun phrase that puts the
// event ahead: "Hewlett-Packard's forthcoming $13.9 billion acquisition",
// "the proposed merger" (cue class planned-modifier). The phrase ends at a
// determiner, a possessive, a preposition or punctuation other than "$" and
// "-".
func (s *sent) plannedModifier(tr trig) bool {
	if !tr.t.Noun {
		return false
	}
	for k := tr.i - 1; k >= 0 && k >= tr.i-5; k-- {
		t := s.toks[k]
		if s.cue("planned-modifier", k) {
			return true
		}
		if t.Punct && t.Lower != "$" && t.Lower != "-" || s.cue("determiner", k) || t.Lower == "'s" || isObjPrep(t.Lower) {
			return false
		}
	}
	return false
}
