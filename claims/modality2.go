package claims

import "strings"

// Modality that the word window before a trigger does not show: a gerund
// that is the subject of a modal ("Acquiring the firm could yield savings"),
// a plan told in the past ("was to release"), and an adverb of report inside
// a noun phrase ("a reportedly ill-equipped climber"), which says nothing of
// the sentence's verb.

// gerundSubjectModal returns the modality of a verb trigger in -ing form that
// opens its clause and is the subject of a modal after its object:
// "Acquiring the firm also could yield savings" speaks of a purchase that may
// happen (hedged), "Buying the firm will cost $2 billion" of one planned. The
// object may run a few words, not past punctuation, a clause break or another
// verb ("Winning the game gave them hope that they could ...": "gave" is the
// verb of the gerund, the modal is another clause's).
func (s *sent) gerundSubjectModal(tr trig) (string, bool) {
	toks := s.toks
	if tr.t.Noun || !strings.HasSuffix(toks[tr.i].Lower, "ing") {
		return "", false
	}
	if tr.i > 0 {
		switch toks[tr.i-1].Lower {
		case ",", ";", ":", "\"", "“", "but", "that", "because", "since":
		default:
			return "", false
		}
	}
	for k := tr.j; k < len(toks) && k < tr.j+8; k++ {
		t := toks[k]
		switch strings.TrimRight(t.Lower, "'’") {
		case "would", "could", "might", "may", "should", "must", "can", "cannot", "ca":
			return Hedged, true
		case "will", "shall", "wo":
			return Planned, true
		}
		if t.Punct && t.Lower != "-" && t.Lower != "$" && t.Lower != "'s" || s.cue("clause-break", k) || s.looksVerb(k) || isBe(t.Lower) || t.Lower == "has" || t.Lower == "have" || t.Lower == "had" || t.Lower == "did" || t.Lower == "does" {
			return "", false
		}
	}
	return "", false
}

// prenominalAdverb reports a "reportedly" or "allegedly" at k that modifies
// an adjective of a noun phrase: right after a determiner ("the allegedly
// stolen car") or after "DET ADJ and" ("an inexperienced and reportedly
// ill-equipped climber"). It reports that word, not the sentence's event.
func (s *sent) prenominalAdverb(k int) bool {
	if k == 0 {
		return false
	}
	if s.cue("determiner", k-1) && s.toks[k-1].Lower != "that" {
		return true
	}
	return k >= 3 && (s.toks[k-1].Lower == "and" || s.toks[k-1].Lower == "but") && s.cue("determiner", k-3) && s.toks[k-3].Lower != "that" && !s.toks[k-2].Punct && s.tokMent[k-2] < 0
}

// pastPlan reports a verb trigger right after "was to" or "were to", with
// "be" or "have" between at most: "Microsoft was to release a patch
// yesterday", "the two were to have met in May" tell a plan, not what
// happened. Only next to the verb: "X was to blame for the attack" plans no
// attack.
func (s *sent) pastPlan(tr trig) bool {
	toks := s.toks
	if tr.t.Noun {
		return false
	}
	k := tr.i - 1
	for k >= 0 && k >= tr.i-3 && (toks[k].Lower == "be" || toks[k].Lower == "have" || toks[k].Lower == "been") {
		k--
	}
	return k >= 1 && toks[k].Lower == "to" && (toks[k-1].Lower == "was" || toks[k-1].Lower == "were")
}
