package claims

import "strings"

// Scope of attribution phrases (helper round "attr"): coordinated speakers
// (", officials and witnesses said"), a speaker set off by commas inside a
// sentence (", she said,"), words left outside a closing quote, and a time
// phrase in the frame of a statement ("told reporters after X's arrest that
// ...").

// coordinatedSourceStart returns the first token of a speaker phrase joined
// by "and" before the source phrase that starts at st: "officials and
// witnesses said", "Kenyan officials and aid workers said", "police and
// residents said". The two speak as one, so the phrase that closes a
// sentence (", officials and witnesses said") starts at the first. It returns
// st when no source or person noun (or a name) stands before "and".
func (s *sent) coordinatedSourceStart(st int) int {
	if st < 2 || s.toks[st-1].Lower != "and" {
		return st
	}
	h := st - 2
	switch {
	case s.tokMent[h] >= 0:
		if t := s.x.Mentions[s.tokMent[h]].Type; t != "PERSON" && t != "ORG" {
			return st
		}
	case s.cue("source", h) || s.cue("person-noun", h):
	default:
		return st
	}
	a := h
	for a > 0 && !s.toks[a-1].Punct && (s.tokMent[a-1] >= 0 || s.isModifier(s.toks[a-1].Lower)) {
		a--
	}
	if a > 0 && (s.toks[a-1].Lower == "a" || s.toks[a-1].Lower == "an" || s.toks[a-1].Lower == "the") {
		a--
	}
	return a
}

// parentheticalScope reports a trigger after a speaker set off by commas in
// the middle of its sentence, when what comes before the speaker has no verb
// of its own: "By the end of this year, she said, the firm will release
// ...", "Prices, he said, will rise". The sentence is one statement cut by
// its speaker, so what follows is said too. Not "The market was shelled,
// officials said, raising fears": there the words before are a clause and
// what follows is the article's.
func (s *sent) parentheticalScope(span [2]int, sayAt int, tr trig) bool {
	if span[1] <= span[0] || sayAt < 0 || tr.i <= sayAt {
		return false
	}
	st, e := tokenAt(s.toks, span[0]), tokenAt(s.toks, span[1])
	if st < 2 || e+1 >= len(s.toks) || tr.i <= e || s.toks[st-1].Lower != "," || s.toks[e].Lower != "," {
		return false
	}
	if s.clauseVerbIn(0, st-1) || s.quoteBetween(0, tr.i) {
		return false
	}
	return s.clauseVerbIn(e+1, len(s.toks))
}

// beforeClosingQuote reports a trigger outside quoted words that come right
// before a closing attribution: in `Hours after the blast killed 12 workers,
// the manager was sure of one thing: "We did nothing wrong," Smith told the
// Sun` the speaker says the quoted words, not the narration before them.
func (s *sent) beforeClosingQuote(span [2]int, tr trig) bool {
	st := tokenAt(s.toks, span[0])
	if st < 2 || st >= len(s.toks) || tr.i >= st {
		return false
	}
	p := s.titleStart(st) - 1 // `," Mr Smith told`
	if p > 0 && s.toks[p].Lower == "," {
		p--
	}
	if w := s.toks[p].Lower; w != "\"" && w != "”" {
		return false
	}
	q := s.quoteState()
	if q[tr.i] || !s.quoteBetween(tr.j, p) {
		return false
	}
	// the quote is words of their own, not the end of the narrated clause:
	// in `the men who were killed were "Gazans who had fled," the official
	// said` and `seized two boats and "a cache of arms," police said` the
	// quote goes on with the words before it, and they are said too
	o := tr.j
	for o < p && s.toks[o].Lower != "\"" && s.toks[o].Lower != "“" {
		o++
	}
	if o == 0 || o >= p {
		return false
	}
	b := o - 1
	w := s.toks[b].Lower
	if w == ":" {
		return true
	}
	return !(s.toks[b].Punct || isBe(w) || isAux(w) || s.looksVerb(b) || s.isTrig[b] >= 0 || isPrep(w) || isObjPrep(w) || s.cue("determiner", b) || w == "and" || w == "or" || w == "that" || w == "as" || w == "of")
}

// frameAdjunct reports an event noun in a time phrase between a verb of
// saying at sayAt and the "that" of what was said: "X told reporters after
// Smith's arrest that he saw a car", "X said following the attack on the
// base that ...". The phrase tells when the statement was made; the speaker
// does not assert it, so it takes no attribution.
func (s *sent) frameAdjunct(sayAt int, tr trig) bool {
	if sayAt < 0 || !tr.t.Noun || tr.i <= sayAt+1 {
		return false
	}
	p := -1
	for k := sayAt + 1; k < tr.i; k++ {
		w := s.toks[k].Lower
		switch w {
		case "after", "before", "following", "since", "during", "until", "upon":
			if p < 0 {
				p = k
			}
			continue
		}
		t := s.toks[k]
		if w == "that" || t.Punct && w != "'s" && w != "'" || s.isTrig[k] >= 0 || s.tokMent[k] < 0 && s.looksVerb(k) || isAux(w) || isBe(w) || s.cue("clause-break", k) {
			return false
		}
	}
	if p < 0 {
		return false
	}
	for k := tr.j; k < len(s.toks) && k < tr.j+10; k++ {
		w := s.toks[k].Lower
		if w == "that" {
			return true
		}
		if s.toks[k].Punct || s.isTrig[k] >= 0 || s.tokMent[k] < 0 && s.looksVerb(k) || isAux(w) || isBe(w) {
			return false
		}
	}
	return false
}

// possessiveDeterminer reports "our", "his", "her" or "their" at k, which
// open a noun phrase as "the" does: "our reporter says", "her lawyer said".
func (s *sent) possessiveDeterminer(k int) bool {
	switch s.toks[k].Lower {
	case "our", "his", "her", "their":
		return true
	}
	return false
}

// commonSpeakerOf returns the speaker of the sentence's statement when a
// common noun names one person as it ("Our reporter says he arrived at the
// camp", "The witness said ..."): a "he" that speaks in the next sentence is
// that person, not a name from further back. Nil when a statement of the
// sentence has a named speaker, or its head is a group ("officials", "the
// company").
func (s *sent) commonSpeakerOf(cs []Claim) *Arg {
	var out *Arg
	for i := range cs {
		c := &cs[i]
		if c.Predicate != "say" && c.Predicate != "quote" || c.Subject == nil {
			continue
		}
		if c.Subject.Mention >= 0 {
			return nil
		}
		h := tokenAt(s.toks, c.Subject.End) - 1
		if h < 0 || h >= len(s.toks) || s.toks[h].End != c.Subject.End {
			return nil
		}
		w := s.toks[h].Lower
		if !(s.cue("person-noun", h) || s.cue("role", h) || s.cue("source", h) && !strings.HasSuffix(w, "s")) {
			return nil
		}
		if out == nil {
			out = c.Subject
		}
	}
	return out
}

// genderFits reports whether a common noun speaker can be "he" or "she":
// "the woman ... he says" is someone else.
func genderFits(noun, pronoun string) bool {
	w := strings.ToLower(noun)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	switch w {
	case "woman", "girl", "mother", "wife", "daughter", "actress", "sister", "spokeswoman", "chairwoman", "businesswoman", "queen":
		return pronoun == "she"
	case "man", "boy", "father", "husband", "son", "actor", "brother", "spokesman", "chairman", "businessman", "king":
		return pronoun == "he"
	}
	return true
}

// laterAttribution looks for the speaker of a trigger that the sentence's
// first attribution (its verb of saying at sayAt) does not cover, among the
// verbs of saying after it: "Our reporter says he saw no one hurt, but Mr
// Lang said that 12 people had been killed" (Lang speaks for the killing);
// "X repeatedly denied buying it, then he testified he had, Howell said"
// (Howell speaks for the denial). It returns the source, its span and
// whether the trigger is in its scope.
func (s *sent) laterAttribution(sayAt int, tr trig) (string, [2]int, bool) {
	for from := sayAt + 1; from > 0 && from < len(s.toks); {
		a, span, at, final := s.attributionFrom(from)
		if a == "" || at <= sayAt {
			break
		}
		in := tr.i > at && !final && !s.ownReport(at, tr.i) && !s.speakerOwnAct(at, tr) && !s.frameAdjunct(at, tr) || final && tr.i < at && !s.beforeClosingQuote(span, tr)
		if in {
			return a, span, true
		}
		from = at + 1
	}
	return "", [2]int{}, false
}
