package claims

import "strings"

// Attribution that the source words do not show: a common noun that speaks
// ("The company said it had held discussions"), a speaker that only the
// statement's own subject rules find ("X, of Dallas, said that ..."), and
// refusals to say that attribute nothing.

// commonSpeaker returns the start of a noun phrase that ends at j right
// before the verb of saying at k and opens its clause, with a head that can
// speak but is no source word: an organisation ("The company said it had held
// discussions"), a person named by a common noun ("the woman told police") or
// a role ("the governor said"). Such words are not in the source class, since
// a source word also becomes the subject of events; here the noun only names
// who says what follows. The phrase is "the"/"a"/"an" (or a possessive name),
// modifiers and the head; before it the sentence starts or a clause opens: a
// noun after a preposition is no speaker ("a spokesman for the company
// said"), unless a speaking noun comes before the preposition: "a
// spokesman for the company said" is the spokesman. An adverb may stand
// before the verb ("the company also said").
// It returns -1 when there is none.
func (s *sent) commonSpeaker(j, k int) int {
	toks := s.toks
	for k-1 > j && (strings.HasSuffix(toks[k-1].Lower, "ly") || isAdverb(toks[k-1].Lower) || toks[k-1].Lower == "also" || toks[k-1].Lower == "later") {
		k--
	}
	if j != k-1 || s.tokMent[j] >= 0 || toks[j].Text != toks[j].Lower && j > 0 {
		return -1
	}
	if !s.cue("speaker-noun", j) && !s.cue("person-noun", j) && !s.cue("role", j) {
		return -1
	}
	st := j
	for st > 0 && j-st < 3 && s.speakerModifier(st-1) {
		st--
	}
	switch {
	case st > 0 && (toks[st-1].Lower == "the" || toks[st-1].Lower == "a" || toks[st-1].Lower == "an"):
		st--
	case st > 1 && toks[st-1].Lower == "'s" && s.tokMent[st-2] >= 0:
		st = s.mentionStart(st - 2) // "Apple's board said"
	case st > 0 && s.possessiveDeterminer(st-1):
		st-- // attrib3.go: "our reporter says"
	default:
		return -1
	}
	if st == 0 {
		return st
	}
	switch p := toks[st-1].Lower; p {
	case ",", ";", ":", "—", "--", "and", "but", "that", "while", "although", "though", "because", "after", "before", "when", "as":
		return st
	case "for", "of", "at":
		// "a spokesman for the software company said": the spokesman
		if h := st - 2; h >= 0 && s.tokMent[h] < 0 && (s.cue("source", h) || s.cue("person-noun", h) || s.cue("role", h)) {
			o := h
			for o > 0 && s.speakerModifier(o-1) && h-o < 2 {
				o--
			}
			if o > 0 && (toks[o-1].Lower == "a" || toks[o-1].Lower == "an" || toks[o-1].Lower == "the") {
				o--
			}
			if o == 0 || toks[o-1].Punct {
				return o
			}
		}
	}
	return -1
}

// speakerModifier reports a word that may stand before the head of a
// commonSpeaker phrase: a source modifier, a name that is no person ("the
// Seattle company"), or a lower-case word that is no verb, preposition,
// determiner or clause opener ("the software company").
func (s *sent) speakerModifier(k int) bool {
	t := s.toks[k]
	if t.Punct {
		return false
	}
	if s.tokMent[k] >= 0 {
		return s.x.Mentions[s.tokMent[k]].Type != "PERSON"
	}
	if s.isModifier(t.Lower) {
		return true
	}
	return t.Text == t.Lower && !s.looksVerb(k) && !isPrep(t.Lower) && !isObjPrep(t.Lower) && !s.cue("determiner", k) && !s.cue("clause-break", k) && !isAux(t.Lower) && !s.isPronoun(k) && t.Lower != "and" && t.Lower != "or"
}

// commonSpeakerArg returns, for a statement whose subject no name or source
// word gives, the noun phrase that commonSpeaker finds before its verb: "The
// company said it had held discussions" is a statement by the company.
func (s *sent) commonSpeakerArg(tr trig) *Arg {
	if tr.t.Frame != "say" || tr.t.Noun || tr.i == 0 || s.toks[tr.i-1].Punct {
		return nil
	}
	j := tr.i - 1
	for j > 0 && (strings.HasSuffix(s.toks[j].Lower, "ly") || isAdverb(s.toks[j].Lower) || s.toks[j].Lower == "also" || s.toks[j].Lower == "later") {
		j--
	}
	st := s.commonSpeaker(j, tr.i)
	if st < 0 {
		return nil
	}
	st = s.skipArticle(st)
	return &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[st].Start:s.toks[j].End], Start: s.toks[st].Start, End: s.toks[j].End}
}

// skipArticle returns the token after an article at st, else st: a source is
// named without it ("the company" → "company", as "police source").
func (s *sent) skipArticle(st int) int {
	switch s.toks[st].Lower {
	case "the", "a", "an", "our":
		return st + 1
	}
	return st
}

// sayClaimSource returns the speaker of a statement claim as the source of
// what follows its verb, for sentences where attribution found none: the
// statement's own subject rules found the speaker ("Michael Dunn, of Dallas,
// testified that the man fired at him"), so the content after the verb is
// his. Not for a verb whose content comes before it (", he said"), nor one
// with nothing after it, nor a statement not made ("declined to say if the
// blaze was set": no one says there was a blaze).
func (s *sent) sayClaimSource(c *Claim, tr trig) (string, [2]int, bool) {
	if c.Subject == nil || c.Attribution == "" || tr.t.Noun || tr.j >= len(s.toks) || c.Negated || c.Modality != Asserted || s.refusedAt(tr.i) {
		return "", [2]int{}, false
	}
	if s.toks[tr.j].Punct && s.toks[tr.j].Lower != ":" && s.toks[tr.j].Lower != "\"" && s.toks[tr.j].Lower != "“" {
		return "", [2]int{}, false
	}
	if tokenAt(s.toks, c.Subject.Start) > tr.i {
		return "", [2]int{}, false // ", said Putin": what was said is before
	}
	for k := tokenAt(s.toks, c.Subject.End-1) + 1; k < tr.i; k++ {
		switch s.toks[k].Lower {
		case "it", "they", "he", "she", "we", "i", "which", "who", "that":
			return "", [2]int{}, false // "its browser, which it said": the pronoun speaks
		}
	}
	return c.Attribution, [2]int{c.Subject.Start, s.toks[tr.i].End}, true
}

// refusedAt reports a verb at i right after "declined to", "refused to" or
// "would not" (with "not" or "n't"): nothing was said.
func (s *sent) refusedAt(i int) bool {
	if i >= 2 && s.toks[i-1].Lower == "to" {
		switch s.toks[i-2].Lower {
		case "declined", "refused", "declines", "refuses", "declining", "refusing", "unable", "reluctant":
			return true
		}
	}
	return i >= 1 && (s.toks[i-1].Lower == "not" || s.toks[i-1].Lower == "n't" || s.toks[i-1].Lower == "never")
}
