package claims

import "strings"

// Word senses and modality that the trigger word alone cannot tell.
//
// A trigger word often has senses that name no event of its frame, and the
// noun it acts on decides which: "captured the town" is a seizure, "captured
// the title", "captured Southern votes" or "captured the imagination" are not;
// "lost the game" is a defeat, "lost its way" or "lost a fumble" are not. The
// lexicon lists such nouns per frame ("not-object-FRAME" in cues.txt), and
// objectSense finds the head noun of the trigger's object to look it up.
// This is the object's head, not any word nearby as "not-after-FRAME" does:
// "captured 60 percent of the Southern vote" is as much about votes.

// objectSense reports a trigger at [i, j) whose object (or, for a passive
// participle, its subject) has a head noun that the lexicon lists as showing
// another sense of the frame ("not-object-seize: votes").
func (s *sent) objectSense(i, j int, t Trigger) bool {
	words := s.lex.cues["not-object-"+t.Frame]
	if len(words) == 0 {
		return false
	}
	k := j
	if t.Noun {
		if k >= len(s.toks) || s.toks[k].Lower != "of" {
			return false
		}
		k++ // "the capture of the title"
	}
	if h := s.npHead(k); h >= 0 {
		if _, ok := words[s.toks[h].Lower]; ok {
			return true
		}
	}
	if h := s.listHead(k); h >= 0 {
		if _, ok := words[s.toks[h].Lower]; ok {
			return true // "to meet specific media, data, and graphic requirements"
		}
	}
	if t.Noun || !isParticiple(t, s.toks[i].Lower) {
		return false
	}
	// a passive: the subject is what the verb acts on ("the title was
	// captured", "votes captured by the party")
	b := i - 1
	for b >= 0 && (strings.HasSuffix(s.toks[b].Lower, "ly") || isAdverb(s.toks[b].Lower) || s.cue("negation", b)) && !s.toks[b].Punct {
		b--
	}
	for b >= 0 && (isBe(s.toks[b].Lower) || isAux(s.toks[b].Lower)) {
		b--
	}
	if b < 0 || s.toks[b].Punct || s.tokMent[b] >= 0 {
		return false
	}
	_, ok := words[s.toks[b].Lower]
	return ok
}

// npHead returns the head noun of the noun phrase starting at k: its last word
// before a preposition, a verb, a conjunction, punctuation or a determiner
// that starts the next phrase ("the hearts of voters" → hearts, "Southern
// votes and" → votes, "its way in" → way, "the boards every time" → boards). A
// quantity noun before "of" gives way to the noun after it ("60 percent of
// the vote" → vote). It returns -1 when no phrase starts at k.
func (s *sent) npHead(k int) int {
	head := -1
	for n := 0; k < len(s.toks) && n < 6; k, n = k+1, n+1 {
		t := s.toks[k]
		if t.Punct && t.Lower != "-" && t.Lower != "'s" || s.tokTimex[k] >= 0 {
			break
		}
		if s.tokMent[k] < 0 && (isPrep(t.Lower) || isObjPrep(t.Lower) || t.Lower == "and" || t.Lower == "or" || t.Lower == "but" ||
			s.cue("clause-break", k) || isAux(t.Lower) || s.cue("negation", k) || head >= 0 && s.looksVerb(k)) {
			if t.Lower == "of" && head >= 0 && s.cue("quantity-noun", head) {
				head = -1 // "60 percent of the vote"
				continue
			}
			break
		}
		if head >= 0 && t.Lower != "'s" && s.cue("determiner", k) {
			break // a new phrase: "crashes the boards every time"
		}
		if t.Lower != "-" && t.Lower != "'s" {
			head = k
		}
	}
	return head
}

// linkingAdjective reports a participle trigger at i after a linking verb,
// over adverbs ("made them look completely lost", "seemed hurt"): an
// adjective saying how someone looked, no event of the frame.
func (s *sent) linkingAdjective(i int, t Trigger) bool {
	if t.Noun || !isParticiple(t, s.toks[i].Lower) || !(strings.HasSuffix(s.toks[i].Lower, "ed") || isIrregularVerb(s.toks[i].Lower)) {
		return false
	}
	k := i - 1
	for k >= 0 && !s.toks[k].Punct && (strings.HasSuffix(s.toks[k].Lower, "ly") || s.cue("degree", k)) {
		k--
	}
	return k >= 0 && k < i && s.cue("linking-verb", k)
}

// pluralAfterModifier reports a verb trigger at i written like a plural noun
// ("votes", "attacks") right after a name that is itself the object of a
// preposition or a verb ("in capturing Southern votes", "of Republican
// votes"): the name modifies the noun, it is no subject, so the word is the
// plural noun, not the verb ("Wallace votes").
func (s *sent) pluralAfterModifier(i int) bool {
	w := s.toks[i]
	if i < 2 || w.Text != w.Lower || !strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ss") || s.tokMent[i-1] < 0 {
		return false
	}
	if !s.nounBase(w.Lower) {
		return false // "the Post says": no noun "say"
	}
	b := s.mentionStart(i-1) - 1
	if b < 0 || s.toks[b].Punct {
		return false
	}
	p := s.toks[b].Lower
	if s.cue("determiner", b) || p == "of" || p == "in" || p == "for" || p == "with" || p == "against" || p == "from" || p == "on" {
		return true
	}
	// the object of a verb: "capturing Southern votes", "won Latino votes";
	// not a verb of saying, whose clause may follow ("saying Smith votes")
	return s.toks[b].Text == p && (strings.HasSuffix(p, "ing") || s.looksVerb(b)) && !s.cue("say", b) && !isAux(p) && !isBe(p)
}

// nounBase reports a verb form in -s whose base is also an event noun of the
// lexicon ("votes": "vote" is a noun trigger), so the word may be a plural.
func (s *sent) nounBase(w string) bool {
	base := strings.TrimSuffix(w, "s")
	for _, c := range s.lex.triggers[base] {
		if c.Noun && len(c.Words) == 1 {
			return true
		}
	}
	if strings.HasSuffix(w, "es") {
		for _, c := range s.lex.triggers[strings.TrimSuffix(w, "es")] {
			if c.Noun && len(c.Words) == 1 {
				return true
			}
		}
	}
	return false
}

// standIn reports a trigger at [i, j) of a frame listed as "stand-in" that
// is followed by "for" and a person's name: a player taking another's place
// ("Artino checked in for Smith" is a substitution, no stay in rehab).
func (s *sent) standIn(j int, frame string) bool {
	if !s.frameHas("stand-in", frame) || j+1 >= len(s.toks) || s.toks[j].Lower != "for" {
		return false
	}
	mi := s.tokMent[j+1]
	if mi < 0 || s.x.Mentions[mi].Type != "PERSON" {
		return false
	}
	e := s.mentionEnd(j + 1)
	return e >= len(s.toks) || s.toks[e].Lower != "'s" && s.toks[e].Lower != "'"
}

// copulaCause reports an event noun listed as "cause-noun" that is the
// complement of a copula after a possessor ("the ruse was Smith's downfall",
// "drink proved his undoing"): it names what ruined someone, not the event
// of the frame.
func (s *sent) copulaCause(i int, t Trigger) bool {
	if !t.Noun || !s.cue("cause-noun", i) || i < 2 {
		return false
	}
	k := i - 1
	if s.toks[k].Lower == "'s" || s.toks[k].Lower == "'" {
		k--
		if k >= 0 && s.tokMent[k] >= 0 {
			k = s.mentionStart(k)
		}
		k--
	} else if s.toks[k].Lower == "his" || s.toks[k].Lower == "her" || s.toks[k].Lower == "their" || s.toks[k].Lower == "its" {
		k--
	} else {
		return false
	}
	return k >= 0 && (isBe(s.toks[k].Lower) || s.cue("linking-verb", k) || s.toks[k].Lower == "proved" || s.toks[k].Lower == "proves" || s.toks[k].Lower == "became")
}

// barePatientless reports an event noun listed as "needs-possessor" with no
// one it happens to: neither "of" after it nor a possessor before it. "The
// fall of the regime" and "Assad's fall" are ousters; "died in a fall" is a
// tumble.
func (s *sent) barePatientless(i, j int, t Trigger) bool {
	if !t.Noun || !s.cue("needs-possessor", i) {
		return false
	}
	if j < len(s.toks) && s.toks[j].Lower == "of" {
		return false
	}
	if i == 0 {
		return true
	}
	p := s.toks[i-1].Lower
	switch p {
	case "'s", "'", "’", "his", "her", "its", "their":
		return false
	}
	return s.tokMent[i-1] < 0 // "the regime fall" keeps a name before it
}

// addedScore reports "added" + a bare number that ends its phrase or comes
// before "for", "in", "off" or "as": "Richard Carter added 12 for the
// Bulldogs" scores; "added 12 people were hurt" still says.
func (s *sent) addedScore(j int) bool {
	if j < 1 || j >= len(s.toks) || !strings.HasPrefix(s.toks[j-1].Lower, "add") || strings.Trim(s.toks[j].Lower, "0123456789") != "" {
		return false
	}
	if j+1 >= len(s.toks) || s.toks[j+1].Punct {
		return true
	}
	switch s.toks[j+1].Lower {
	case "for", "in", "off", "as", "and":
		return true
	}
	return false
}

// listHead returns the head noun of a noun phrase whose modifiers are a list
// ("specific media, data, and graphic requirements" → requirements): the
// last lower-case word of a run of lower-case words, commas and "and"/"or"
// that starts at k, ends at a preposition, a verb, other punctuation or the
// sentence end, and has a comma in it; -1 otherwise.
func (s *sent) listHead(k int) int {
	head, comma := -1, false
	for n := 0; k < len(s.toks) && n < 12; k, n = k+1, n+1 {
		t := s.toks[k]
		switch {
		case t.Lower == ",":
			comma = true
			continue
		case t.Lower == "and" || t.Lower == "or":
			continue
		case t.Punct || s.tokMent[k] >= 0 || t.Text != t.Lower || isPrep(t.Lower) || isObjPrep(t.Lower) || isAux(t.Lower) || s.cue("clause-break", k) || head >= 0 && (s.looksVerb(k) || s.cue("determiner", k)):
			if comma {
				return head
			}
			return -1
		}
		head = k
	}
	if comma && k >= len(s.toks) {
		return head
	}
	return -1
}

// senseBefore reports a noun trigger at i whose word right before it shows
// another sense (cue class not-before-FRAME): "friendly fire" and "return
// fire" are shooting, no blaze.
func (s *sent) senseBefore(i int, t Trigger) bool {
	if !t.Noun || i == 0 {
		return false
	}
	_, ok := s.lex.cues["not-before-"+t.Frame][s.toks[i-1].Lower]
	return ok
}

// goingToVerb reports "going to" + a bare verb read as the visit frame's "go
// to": "we're going to plan a massive air bombardment" is the future, no
// trip. The word after "to" is lower case and no determiner, possessive,
// number or name; bare places ("going to school") are not-after-visit's.
func (s *sent) goingToVerb(i int, t Trigger) bool {
	j := i + len(t.Words)
	if t.Frame != "visit" || j >= len(s.toks) || s.toks[i].Lower != "going" || s.toks[j-1].Lower != "to" {
		return false
	}
	n := s.toks[j]
	return !n.Punct && n.Text == n.Lower && s.tokMent[j] < 0 && s.tokTimex[j] < 0 && !s.cue("determiner", j) && !s.isPronoun(j) &&
		!strings.ContainsAny(n.Lower, "0123456789") && n.Lower != "his" && n.Lower != "her" && n.Lower != "their" && n.Lower != "its" && n.Lower != "our" && n.Lower != "my" && n.Lower != "your"
}

// objectlessVerb reports a verb trigger of a frame that needs an object
// (cue class needs-object) with punctuation right after it: "'the rule of
// the gun' had taken over" buys nothing.
func (s *sent) objectlessVerb(i int, t Trigger) bool {
	j := i + len(t.Words)
	if t.Noun || !s.frameHas("needs-object", t.Frame) {
		return false
	}
	return j >= len(s.toks) || s.toks[j].Punct && s.toks[j].Lower != "$"
}
