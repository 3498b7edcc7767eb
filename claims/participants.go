package claims

import "strings"

// Participants of a claim decided by the phrase around the trigger: "as"
// passives, places before event nouns, dead speakers, causatives, "whose".
// Found on the 25th and 26th articles of topics 21–40 (set25).

// asPassive reports a bare past participle right after a name or noun,
// with no "be" before it, followed by "as" and a noun phrase that names a
// role: "Peter Vane announced as the new host", "Ann Roe named as its
// chief", for the frames listed as "as-role" in cues.txt. A verb with "as
// the new X" after it says what someone was made, so the noun before it is
// the one announced or named (a headline's reduced passive), not the one
// who announced. "as expected" or "as planned" (no determiner after "as")
// keep the verb active. k is the token before the trigger and its adverbs.
func (s *sent) asPassive(tr trig, k int) bool {
	toks := s.toks
	as := tr.j // the "as": after the trigger, or its last word ("named as")
	if tr.j-1 > tr.i && toks[tr.j-1].Lower == "as" {
		as = tr.j - 1
	}
	if tr.t.Noun || !s.frameHas("as-role", tr.t.Frame) || k < 0 || k != tr.i-1 || as+1 >= len(toks) || toks[as].Lower != "as" {
		return false
	}
	if w := toks[tr.i].Lower; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") || !isParticiple(tr.t, w) {
		return false
	}
	if p := toks[k]; p.Punct || isAux(p.Lower) || isBe(p.Lower) || s.isPronoun(k) || s.cue("clause-break", k) || p.Text == p.Lower && s.tokMent[k] < 0 {
		return false // a name (or a capitalized headline word) must come right before
	}
	return s.cue("determiner", as+1) && toks[as+1].Lower != "that" && toks[as+1].Lower != "this"
}

// placeBeforeNoun moves to the place a subject that is a place name right
// before an event noun whose frame rejects a place as its doer ("the fatal
// Queens crash": a crash in Queens, not by Queens). checkRoles would only
// drop it; as a modifier of the event noun it says where the event was.
// Frames that let a place act ("a Syria attack") keep it as subject. A
// trigger that is both verb and noun may have been read as a verb ("fatal
// Queens crash"): a place is no doer of it either.
func (s *sent) placeBeforeNoun(c *Claim, tr trig) {
	if c.Subject == nil || !s.wrongType(tr.t.Frame, "subject", c.Subject) || !s.modifiesTrigger(c.Subject, tr) {
		return
	}
	if c.Place == nil || c.Place.Mention == c.Subject.Mention {
		c.Place = c.Subject
	}
	c.Subject = nil
}

// modifiesTrigger reports a name that ends right before the event noun of
// the claim ("Queens crash"): it modifies this event, so eventModifier's "a
// name modifying an event noun is no place" (meant for another event: "was
// charged in the Queens crash") does not apply to it.
func (s *sent) modifiesTrigger(a *Arg, tr trig) bool {
	k := s.argTok(a)
	return k >= 0 && s.mentionEnd(k) == tr.i
}

// deadSpeakers marks in skip the undated statements and quotes of a person
// whose death the article tells (a die claim, not negated, asserted or
// reported, or hedged with a date — "the coroner said he believes X died
// Saturday" — with that person as subject): "Mr. Roe said he advised against
// it" in a story of Roe's death was said before he died, so the
// publication date (inheritTimes' default for statements) is wrong; the
// statement stays undated.
func deadSpeakers(x *Extraction, cs []Claim, skip map[int]bool) {
	dead := map[int]bool{}
	for _, c := range cs {
		if c.Predicate == "die" && !c.Negated && (c.Modality == Asserted || c.Modality == Reported || c.Modality == Hedged && c.Time != nil) && c.Subject != nil && c.Subject.Mention >= 0 && x.Mentions[c.Subject.Mention].Type == "PERSON" {
			dead[x.Mentions[c.Subject.Mention].Local] = true
		}
	}
	if len(dead) == 0 {
		return
	}
	for i, c := range cs {
		if (c.Predicate == "say" || c.Predicate == "quote") && c.Time == nil && c.Subject != nil && c.Subject.Mention >= 0 && dead[x.Mentions[c.Subject.Mention].Local] {
			skip[i] = true
		}
	}
}

// afterNo reports a verb trigger at i used as a noun after "no", with at
// most one bare noun between: "no stop sign", "no sign of", "no arrest".
// "no longer visits", "no one visited", "no doubt signed" keep the verb.
func (s *sent) afterNo(i int) bool {
	if i < 1 {
		return false
	}
	p := s.toks[i-1]
	if p.Lower == "no" {
		return true
	}
	if i < 2 || s.toks[i-2].Lower != "no" || p.Punct || p.Text != p.Lower || s.tokMent[i-1] >= 0 || isAux(p.Lower) || strings.HasSuffix(p.Lower, "ly") {
		return false
	}
	switch p.Lower {
	case "longer", "one", "sooner", "doubt", "matter", "less", "more", "further":
		return false
	}
	return true
}

// eventAsPatient moves to the object a subject that is the name of a
// contest or prize ("the Super Bowl", "the Stanley Cup": its last word is a
// "prize-name") of a frame listed as "event-patient": a contest does not
// win; it is what is won. The subject is dropped when there is an object
// already.
func (s *sent) eventAsPatient(c *Claim, tr trig) {
	if c.Subject == nil || c.Subject.Mention < 0 || !s.frameHas("event-patient", tr.t.Frame) {
		return
	}
	k := s.argTok(c.Subject)
	if k < 0 || !s.cue("prize-name", s.mentionEnd(k)-1) {
		return
	}
	if c.Object == nil {
		c.Object = c.Subject
	}
	c.Subject = nil
}

// readerCall reports a say verb in its base form ("reader-call") right
// before "us" or "me", with no subject of its own before it (the sentence
// start, a comma or "and"): "Scroll down ... and tell us who your favourite
// is" asks the reader to write in; it states nothing.
func (s *sent) readerCall(tr trig) bool {
	if tr.t.Noun || tr.t.Frame != "say" || tr.j >= len(s.toks) || !s.frameHas("reader-call", s.toks[tr.i].Lower) {
		return false
	}
	if w := s.toks[tr.j].Lower; w != "us" && w != "me" {
		return false
	}
	return tr.i == 0 || s.toks[tr.i-1].Lower == "and" || s.toks[tr.i-1].Lower == "," || s.toks[tr.i-1].Lower == "please"
}

// eventTriggerModifier reports a place name right before the trigger of
// another event, used as a noun ("charged in fatal Queens crash"): like
// eventModifier's "in the Kraft plant shootings", the name says where that
// event was, not where this claim's event was. eventModifier misses it
// because a trigger right after the name is not taken for a modified noun.
func (s *sent) eventTriggerModifier(a *Arg, tr trig) bool {
	k := s.argTok(a)
	if k < 0 {
		return false
	}
	e := s.mentionEnd(k)
	if e >= len(s.toks) || e == tr.i || s.isTrig[e] < 0 {
		return false
	}
	t := s.toks[e]
	return t.Text == t.Lower && s.eventNoun(t.Lower) && (e+1 >= len(s.toks) || s.toks[e+1].Punct || !s.looksVerb(e+1))
}

// dropLaterPossessors removes from people those named in this sentence only
// after the pronoun at k, as a possessor ("she had been visiting to greet
// Singh's daughter-in-law"): a pronoun and a possessor after it in one
// sentence are two people (of one person the text would say "her
// daughter-in-law"). Such a name must not be the one candidate that
// resolves the pronoun.
func (s *sent) dropLaterPossessors(people []int, k int) []int {
	out := people[:0:0]
	for _, p := range people {
		later := false
		for j := 0; j < len(s.toks); j++ {
			mi := s.tokMent[j]
			if mi < 0 || s.x.Mentions[mi].Local != s.x.Mentions[p].Local {
				continue
			}
			e := s.mentionEnd(j)
			if j < k || e >= len(s.toks) || s.toks[e].Lower != "'s" && s.toks[e].Lower != "’" && s.toks[e].Lower != "'" {
				later = false
				break
			}
			later = true
			j = e - 1
		}
		if !later {
			out = append(out, p)
		}
	}
	return out
}

// bareInfinitiveSubject drops a subject found left of a verb of perceiving
// or causing ("bare-infinitive") when a common noun phrase stands between
// that verb and the trigger in its base form: in "Ann Roe saw two friends
// die" the friends die, not Ann Roe. A name in that slot ("made Tom Reyes
// resign") is found as the subject already and is kept.
func (s *sent) bareInfinitiveSubject(c *Claim, tr trig) {
	if tr.t.Noun || c.Subject == nil {
		return
	}
	if head, _, _ := strings.Cut(tr.t.Base, " "); s.toks[tr.i].Lower != head {
		return
	}
	j := tr.i - 1
	for n := 0; j >= 0 && n < 4; n, j = n+1, j-1 {
		t := s.toks[j]
		if s.cue("bare-infinitive", j) {
			break
		}
		if t.Punct || t.Text != t.Lower || s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 || isAux(t.Lower) || isBe(t.Lower) || isPrep(t.Lower) || isObjPrep(t.Lower) || t.Lower == "and" || t.Lower == "or" || s.cue("say", j) || s.cue("clause-break", j) || s.isTrig[j] >= 0 {
			return
		}
	}
	if j < 0 || j == tr.i-1 || !s.cue("bare-infinitive", j) {
		return
	}
	if k := s.argTok(c.Subject); k >= 0 && k < j {
		c.Subject = nil
	}
}

// whoseSubject drops a subject (or a passive's object) found left of
// "whose" when the trigger's own subject is the noun phrase after "whose":
// "Ann Roe, whose two brothers have died" is no death of Ann Roe, "whose son
// was arrested" no arrest of her. Auxiliaries and adverbs may
// stand between the noun phrase and the trigger.
func (s *sent) whoseSubject(c *Claim, tr trig) {
	if tr.t.Noun || c.Subject == nil && c.Object == nil {
		return
	}
	j := tr.i - 1
	for j >= 0 && (isAux(s.toks[j].Lower) && s.toks[j].Lower != "to" || isBe(s.toks[j].Lower) || s.cue("negation", j) || isAdverb(s.toks[j].Lower) || strings.HasSuffix(s.toks[j].Lower, "ly") && s.tokMent[j] < 0) {
		j--
	}
	np := j
	for ; j >= 0 && np-j < 4; j-- {
		t := s.toks[j]
		if t.Lower == "whose" {
			break
		}
		if t.Punct || t.Text != t.Lower || s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 || isPrep(t.Lower) || isObjPrep(t.Lower) || t.Lower == "and" || t.Lower == "or" || s.cue("say", j) || s.cue("clause-break", j) || s.isTrig[j] >= 0 || s.looksVerb(j) {
			return
		}
	}
	if j < 0 || j == np || s.toks[j].Lower != "whose" {
		return
	}
	// the name before "whose" is neither the doer nor, in a passive ("whose
	// son was arrested"), the one it happened to
	for _, a := range []**Arg{&c.Subject, &c.Object} {
		if k := s.argTok(*a); k >= 0 && k < j {
			*a = nil
		}
	}
}

// complementSubject drops a subject (or a passive's object) found left of a
// verb whose object is a common noun phrase followed by an auxiliary and
// the trigger: in "Ann Roe knew the gunmen had attacked the bank" the
// gunmen attacked, not Ann Roe; the noun phrase opens a clause of its own.
// The verb before the noun phrase is a verb word, a verb trigger or a verb
// of perceiving or causing ("has had many relatives have die").
func (s *sent) complementSubject(c *Claim, tr trig) {
	if tr.t.Noun || c.Subject == nil && c.Object == nil {
		return
	}
	j, aux := tr.i-1, false
	for j >= 0 && (isAux(s.toks[j].Lower) && s.toks[j].Lower != "to" || isBe(s.toks[j].Lower) || s.cue("negation", j) || isAdverb(s.toks[j].Lower) || strings.HasSuffix(s.toks[j].Lower, "ly") && s.tokMent[j] < 0) {
		aux = aux || isAux(s.toks[j].Lower) || isBe(s.toks[j].Lower)
		j--
	}
	if !aux {
		return
	}
	np := j
	for ; j >= 0 && np-j < 5; j-- {
		t := s.toks[j]
		if np-j > 0 && (s.looksVerb(j) || s.cue("bare-infinitive", j) || s.isTrig[j] >= 0 && !s.trigs[s.isTrig[j]].t.Noun) {
			break
		}
		if t.Punct || t.Text != t.Lower || s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 || isAux(t.Lower) || isBe(t.Lower) || isPrep(t.Lower) || isObjPrep(t.Lower) || t.Lower == "and" || t.Lower == "or" || s.isPronoun(j) && t.Lower != "his" && t.Lower != "her" && t.Lower != "their" && t.Lower != "its" || s.cue("say", j) || s.cue("clause-break", j) || s.isTrig[j] >= 0 || s.looksVerb(j) || notNounWord(t.Lower) {
			return
		}
	}
	if j < 0 || j == np || s.cue("say", j) || s.cue("control-verb", j) {
		return
	}
	// a noun phrase: a determiner or a number first ("the gunmen", "many
	// relatives", "two friends"), or a bare plural ("relatives"); not an
	// adverb ("who has already been convicted")
	first, head := s.toks[j+1].Lower, s.toks[np].Lower
	if !(s.cue("determiner", j+1) || isNumber(first) || first == "his" || first == "her" || first == "their" || first == "its" || first == "all" || first == "most" || first == "few") &&
		!(strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && len(head) > 3) {
		return
	}
	for _, a := range []**Arg{&c.Subject, &c.Object} {
		if k := s.argTok(*a); k >= 0 && k < j {
			*a = nil
		}
	}
}

// notNounWord reports an adverb that may stand between a subject and its
// verb ("has always been", "who has already been"): never part of a noun
// phrase for complementSubject.
func notNounWord(w string) bool {
	if isAdverb(w) || strings.HasSuffix(w, "ly") {
		return true
	}
	switch w {
	case "always", "sometimes", "perhaps", "often", "ever", "yet", "since", "together", "afterwards", "nevertheless", "thus", "therefore", "however", "instead", "meanwhile", "almost", "nearly", "only", "just", "even", "long", "again", "still", "too", "also", "here", "there", "now", "then", "ago":
		return true
	}
	return false
}
