package claims

import (
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/claims/quantity"
	"github.com/crosscheck/crosscheck/claims/timex"
	"github.com/crosscheck/crosscheck/corpus"
)

// Modalities of a claim.
const (
	Asserted = "asserted"
	Reported = "reported"
	Hedged   = "hedged"
	Planned  = "planned"
)

// trig is a trigger found in a sentence: tokens [i, j).
type trig struct {
	i, j int
	t    Trigger
	// restated is the token of an event noun that restates this verb ("met
	// Putin - the first such meeting since ..."), 0 when none.
	restated int
}

// sent holds one sentence while its claims are extracted.
type sent struct {
	x        *Extraction
	lex      *Lexicon
	idx      int
	start    int
	end      int
	headline bool
	toks     []token
	tokMent  []int // mention index covering each token, -1 if none
	tokTimex []int // timex index covering each token, -1 if none
	tokRel   []int // relative-clause id of each token, 0 outside
	trigs    []trig
	isTrig   []int // trigger index starting at each token, -1 if none
	owner    map[int]int
	// lastPerson is the most recent PERSON mention before this sentence, for
	// "he"/"his".
	lastPerson int
	// prevPeople are the PERSON mentions of the previous sentence, one per
	// person; prevCommon is set when it also names a person by a common noun
	// ("a customer"). A pronoun is resolved only when these and this
	// sentence name exactly one person.
	prevPeople []int
	prevCommon bool
	// refused marks triggers that a date of the sentence was kept from (it
	// ends another verb's phrase or they are its reference point): they take
	// no date from their paragraph either. noInherit lists such claims by
	// their index in claims().
	refused   map[int]bool
	noInherit []int
	// quoteCarry is set when the sentence starts inside a quote opened by
	// an earlier one; inQuote marks the quoted tokens (built on first use).
	// prevOut are the PERSON mentions of the previous sentence outside
	// quotes and topic the person the text is about, for a speaking "he"
	// (attrib.go).
	quoteCarry bool
	inQuote    []bool
	prevOut    []int
	topic      int
	// prevSpeaker is the one person the previous sentence names by a common
	// noun as its speaker ("Our reporter says he arrived"), for a speaking
	// "he" in this one (attrib3.go).
	prevSpeaker *Arg
}

// findClaims extracts the claims of one article.
func findClaims(x *Extraction, lex *Lexicon) []Claim {
	a := x.Article
	var out []Claim
	lastPerson := -1
	var prevPeople []int
	prevCommon := false
	noInherit := map[int]bool{}
	mcur := 0
	carry, carried := false, 0
	topic := -1
	var prevOut []int
	var prevSpeaker *Arg
	for si := range a.Sentences {
		k := a.SentenceKind(si)
		if k != corpus.Paragraph && k != corpus.Headline {
			continue
		}
		s := newSent(x, lex, si, lastPerson)
		s.prevPeople, s.prevCommon = prevPeople, prevCommon
		s.quoteCarry, s.prevOut, s.topic = carry, prevOut, topic
		s.prevSpeaker = prevSpeaker
		claims := s.claims()
		prevSpeaker = s.commonSpeakerOf(claims) // attrib3.go
		// a quote left open goes on into the next sentences, but not for
		// ever: an unbalanced mark must not make the rest of the text quoted
		carry = s.quoteOpenAtEnd() && k == corpus.Paragraph
		if carry {
			carried++
		} else {
			carried = 0
		}
		if carried > 4 {
			carry, carried = false, 0
		}
		prevOut, topic = s.peopleOutsideQuotes(0, len(s.toks)), s.topicAfter(claims, topic)
		for _, i := range s.noInherit {
			noInherit[len(out)+i] = true
		}
		prevPeople, prevCommon = s.people(0, len(s.toks)), s.commonPerson(len(s.toks))
		out = append(out, claims...)
		// "he" in the next sentence is this sentence's subject, else the one
		// person it names; with several people and no subject it is anyone's
		// guess, and a sentence naming no one keeps the last antecedent
		subj := -1
		for _, c := range claims {
			if c.Predicate == "title" || c.Predicate == "age" || c.Predicate == "facility" {
				continue // "killed Judge Rowland Barnes": the judge is not the topic
			}
			if c.Subject != nil && c.Subject.Mention >= 0 && x.Mentions[c.Subject.Mention].Type == "PERSON" {
				subj = c.Subject.Mention
				break
			}
		}
		first, distinct := -1, 0
		for mcur < len(x.Mentions) && x.Mentions[mcur].Start < a.Sentences[si].End {
			if m := x.Mentions[mcur]; m.Type == "PERSON" && m.End > a.Sentences[si].Start {
				if first < 0 {
					first, distinct = mcur, 1
				} else if m.Name != x.Mentions[first].Name {
					distinct++
				}
			}
			mcur++
		}
		switch {
		case subj >= 0:
			lastPerson = subj
		case distinct == 1 && k != corpus.Headline:
			lastPerson = first // not from a headline, whose capitals make guessed names
		case distinct > 1:
			lastPerson = -1
		}
	}
	deadSpeakers(x, out, noInherit)
	inheritTimes(x, out, noInherit)
	return out
}

func newSent(x *Extraction, lex *Lexicon, si, lastPerson int) *sent {
	a := x.Article
	sp := a.Sentences[si]
	s := &sent{x: x, lex: lex, idx: si, start: sp.Start, end: sp.End, lastPerson: lastPerson, topic: -1,
		headline: a.SentenceKind(si) == corpus.Headline}
	s.toks = tokenize(a.Text, sp.Start, sp.End)
	n := len(s.toks)
	s.tokMent, s.tokTimex, s.tokRel, s.isTrig = fill(n, -1), fill(n, -1), make([]int, n), fill(n, -1)
	caps := allCaps(s.toks)
	for mi, m := range x.Mentions {
		if m.End <= sp.Start || m.Start >= sp.End {
			continue
		}
		if caps && len(strings.Fields(m.Text)) > 3 {
			continue // an all-capitals sentence: "WALLY OPAL ISSUED A STATEMENT" is no name
		}
		if s.headline && !x.bodyLocal(m.Local) && !known(m) {
			continue // a capitalized headline word named nowhere else: "Killed In Parking Lot"
		}
		for ti := tokenAt(s.toks, m.Start); ti < n && s.toks[ti].Start < m.End; ti++ {
			s.tokMent[ti] = mi
		}
	}
	for xi, t := range x.Timexes {
		if t.End <= sp.Start || t.Start >= sp.End {
			continue
		}
		for ti := tokenAt(s.toks, t.Start); ti < n && s.toks[ti].Start < t.End; ti++ {
			s.tokTimex[ti] = xi
		}
	}
	s.markRelatives()
	s.findTriggers()
	return s
}

// allCaps reports a sentence of at least six words written in capitals.
func allCaps(toks []token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		if t.Punct {
			continue
		}
		// a word has a cased letter; it is in capitals when none is lower
		// case (no case conversion: this runs on every sentence)
		cased, lower := false, false
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				cased, lower = true, true
				break
			}
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				cased = true
			}
		}
		if !cased {
			continue
		}
		words++
		if !lower {
			upper++
		}
	}
	return words >= 6 && upper*10 >= words*8
}

// known reports a name the gazetteer knows or a person's name with a known
// given name: evidence that does not come from capitals alone.
func known(m mention.Mention) bool {
	if _, ok := mention.Lookup(m.Text); ok {
		return true
	}
	f := strings.Fields(m.Text)
	return m.Type == "PERSON" && len(f) > 1 && mention.IsGivenName(f[0])
}

// bodyLocal reports a mention of the thing local outside the headline.
func (x *Extraction) bodyLocal(local int) bool {
	if x.bodyLocals == nil {
		x.bodyLocals = map[int]bool{}
		for _, m := range x.Mentions {
			if si := x.Article.SentenceAt(m.Start); si >= 0 && x.Article.SentenceKind(si) != corpus.Headline {
				x.bodyLocals[m.Local] = true
			}
		}
	}
	return x.bodyLocals[local]
}

func fill(n, v int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// markRelatives marks relative clauses: ", who ... ," and ", which ... ,".
func (s *sent) markRelatives() {
	id := 0
	for i, t := range s.toks {
		if t.Lower != "who" && t.Lower != "which" && t.Lower != "whose" {
			continue
		}
		if i == 0 || s.toks[i-1].Punct && s.toks[i-1].Lower != "," {
			continue // "suspects who tried to take over a ship" is a relative clause too
		}
		id++
		for j, end := i, s.relativeEnd(i); j < end; j++ {
			s.tokRel[j] = id
		}
	}
}

// relativeEnd returns where the relative clause opened by the word at i
// ends (exclusive): a clause after a comma runs to the next comma; one
// without ("the firm from which he was fired last week was arrested") ends
// where a second verb group starts.
func (s *sent) relativeEnd(i int) int {
	restrictive := i == 0 || s.toks[i-1].Lower != ","
	verbs, inVerb := 0, false
	j := i
	for ; j < len(s.toks); j++ {
		if j > i && (s.toks[j].Lower == "," || s.toks[j].Lower == ";" || s.toks[j].Lower == "-" && !s.compoundHyphen(j)) {
			break
		}
		if restrictive {
			w := s.toks[j]
			v := w.Text == w.Lower && (isAux(w.Lower) && w.Lower != "to" || isIrregularVerb(w.Lower) || strings.HasSuffix(w.Lower, "ed") && len(w.Lower) > 3)
			if v && !inVerb {
				verbs++
				if verbs == 2 {
					break
				}
			}
			inVerb = v || inVerb && (strings.HasSuffix(w.Lower, "ly") || s.cue("negation", j))
		}
	}
	return j
}

func (s *sent) cue(class string, i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	_, ok := s.lex.cues[class][s.toks[i].Lower]
	return ok
}

// multiCue reports the length of a multi-word cue of class starting at token i.
func (s *sent) multiCue(class string, i int) int {
	best := 0
	for _, words := range s.lex.cueMulti[class] {
		if i+len(words) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range words {
			if s.toks[i+k].Lower != w {
				ok = false
				break
			}
		}
		if ok && len(words) > best {
			best = len(words)
		}
	}
	if best == 0 && s.cue(class, i) {
		return 1
	}
	return best
}

// findTriggers finds frame triggers outside names and dates, choosing between
// noun and verb readings from the word before.
func (s *sent) findTriggers() {
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.Punct || s.tokMent[i] >= 0 || s.tokTimex[i] >= 0 {
			continue
		}
		cands := s.lex.triggers[t.Lower]
		if len(cands) == 0 {
			continue
		}
		nounCtx := s.nounAfterPrepNoun(i) || i > 0 && (s.cue("determiner", i-1) || s.cue("ordinal", i-1) || s.tokTimex[i-1] >= 0 || isAdjective(s.toks[i-1].Lower) || isPrep(s.toks[i-1].Lower) || s.toks[i-1].Lower == "for" || s.pluralListBefore(i) || s.possessorBefore(i))
		var best *Trigger
		for k := range cands {
			c := &cands[k]
			if i+len(c.Words) > len(s.toks) {
				continue
			}
			ok := true
			for w := 1; w < len(c.Words); w++ {
				if s.toks[i+w].Lower != c.Words[w] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if best == nil || len(c.Words) > len(best.Words) || (len(c.Words) == len(best.Words) && c.Noun == nounCtx && best.Noun != nounCtx) {
				best = c
			}
		}
		if best == nil {
			continue
		}
		if best.Frame == "none" {
			i += len(best.Words) - 1
			continue // a fixed phrase that names no event: "death penalty"
		}
		if s.otherSense(i+len(best.Words), best.Frame) || s.crimeLabel(i) || best.Frame == "request" && s.dateAt(i+len(best.Words)) || s.objectSense(i, i+len(best.Words), *best) || s.linkingAdjective(i, *best) || s.standIn(i+len(best.Words), best.Frame) || s.copulaCause(i, *best) || s.barePatientless(i, i+len(best.Words), *best) || s.genericNoun(i, i+len(best.Words), *best) || s.claimTaking(i, *best) || s.subjectSense(i, *best) || s.senseBefore(i, *best) || s.goingToVerb(i, *best) || s.objectlessVerb(i, *best) || s.legislatureConfirms(i, *best) || s.amountSense(i, i+len(best.Words), *best) || s.addedThing(i, *best) || s.personPassive(i, *best) {
			i += len(best.Words) - 1
			continue // "meet Western standards", "on a charge of murder"
		}
		if s.inName(i) {
			i += len(best.Words) - 1
			continue // "the Central Election Commission", "Fire Department"
		}
		if i > 1 && s.toks[i-1].Lower == "-" && strings.HasSuffix(t.Lower, "ing") && !isPrefix(s.toks[i-2].Lower) {
			continue // "game-winning", "award-winning": a compound adjective; not "re-signing"
		}
		if s.openCompoundAdjective(i) {
			i += len(best.Words) - 1
			continue // "Oscar winning screenwriter": the same, with no hyphen
		}
		if k := s.skipDet(i - 1); k >= 1 && s.toks[k].Lower == "to" && s.toks[k-1].Lower == "according" || s.accordingToSource(i) {
			i += len(best.Words) - 1
			continue // "according to charges filed Friday": a source, not an event
		}
		if best.Frame == "charge" && !strings.HasSuffix(t.Lower, "ed") && s.verdictBefore(i) {
			continue // "found Jeffs guilty on both sexual assault charges": a verdict
		}
		if best.Base == "go to" && i > 0 && best.Words[0] == "going" && (isBe(s.toks[i-1].Lower) || s.cue("negation", i-1) || strings.HasPrefix(s.toks[i-1].Lower, "'") || s.verbAfterTo(i+len(best.Words))) {
			i += len(best.Words) - 1
			continue // "is not going to enjoy it": a future, not a trip
		}
		if best.Noun && !nounCtx && i > 0 && s.verbContext(i) {
			continue // "prices fall", "he talks": a verb use of a noun-only trigger
		}
		if i+len(best.Words) < len(s.toks) && (best.Noun && s.cue("legal-head", i+len(best.Words)) || s.legalHeadAfterList(i+len(best.Words))) {
			continue // "a murder trial", "assault charges": the case, not the event
		}
		if !best.Noun && (s.adjectiveUse(i, i+len(best.Words), *best) || s.pluralAfterModifier(i) || s.afterNo(i)) {
			// "an illegal arrest": the noun reading if there is one; else a
			// noun or adjective use of a verb ("a second bomb", "a convicted
			// felon", "23 arrested pirates")
			var noun *Trigger
			for k := range cands {
				if c := &cands[k]; c.Noun && len(c.Words) == 1 {
					noun = c // also under a longer verb phrase: "a long visit with"
				}
			}
			if noun == nil {
				i += len(best.Words) - 1
				continue
			}
			best = noun
		}
		if !best.Noun && len(best.Words) == 1 && s.possessedPlural(i) {
			nb := *best
			nb.Noun = true // r2a.go: "Simpson's demands" is a noun: Simpson demands
			best = &nb
		}
		// an event noun right after a verb of its family restates it ("met
		// with X for talks", "set to travel ... for talks"): one claim
		if best.Noun && len(s.trigs) > 0 {
			p := s.trigs[len(s.trigs)-1]
			if !p.t.Noun && family2(p.t.Frame) == family2(best.Frame) && i-p.j <= 10 {
				if p.restated == 0 && p.t.Frame == best.Frame {
					s.trigs[len(s.trigs)-1].restated = i
				}
				i += len(best.Words) - 1
				continue
			}
		}
		s.isTrig[i] = len(s.trigs)
		s.trigs = append(s.trigs, trig{i: i, j: i + len(best.Words), t: *best})
		i += len(best.Words) - 1
	}
}

// pluralListBefore reports "PLURAL-NOUN and" before token i: "online scams
// and attacks" lists nouns, it is no verb.
func (s *sent) pluralListBefore(i int) bool {
	if i < 2 || s.toks[i-1].Lower != "and" && s.toks[i-1].Lower != "or" {
		return false
	}
	p := s.toks[i-2]
	return p.Text == p.Lower && len(p.Lower) > 3 && strings.HasSuffix(p.Lower, "s") && !strings.HasSuffix(p.Lower, "ss") && !strings.HasSuffix(p.Lower, "us") &&
		s.isTrig[i-2] < 0 && !s.looksVerb(i-2) && !isAux(p.Lower) && !s.cue("say", i-2)
}

// noPatientBefore reports a trigger of an event that happens to no one
// ending right before j ("the fire has destroyed a store in Banstead": what
// the fire does happens where the fire is).
func (s *sent) noPatientBefore(j int) bool {
	return j > 0 && s.isTrigEnd(j) >= 0 && s.frameHas("no-patient", s.trigs[s.isTrigEnd(j)].t.Frame)
}

// isTrigEnd returns the trigger ending right before token j, or -1.
func (s *sent) isTrigEnd(j int) int {
	for ti, tr := range s.trigs {
		if tr.j == j {
			return ti
		}
	}
	return -1
}

// verbAfterTo reports a bare verb at j, after "going to": "is possibly going
// to be", "going to win" are futures, not trips.
func (s *sent) verbAfterTo(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if t.Punct || t.Text != t.Lower || s.cue("determiner", j) || s.tokMent[j] >= 0 {
		return false
	}
	switch t.Lower {
	case "be", "have", "do", "get", "make", "take", "win", "lose", "play", "see", "need", "try", "happen", "stay", "keep", "give", "let", "say", "tell", "find", "come":
		return true
	}
	return s.isTrig[j] >= 0 || s.lex.triggers[t.Lower] != nil && !s.triggerIsNoun(t.Lower)
}

// triggerIsNoun reports a word that triggers only as a noun ("school" is no
// trigger; "meeting" is a noun trigger).
func (s *sent) triggerIsNoun(w string) bool {
	for _, c := range s.lex.triggers[w] {
		if !c.Noun {
			return false
		}
	}
	return true
}

// verdictBefore reports "guilty", "acquitted" or "convicted" in the few words
// before token i: the charges named there are what the verdict was on.
func (s *sent) verdictBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch s.toks[k].Lower {
		case "guilty", "acquitted", "convicted", "cleared":
			return true
		case ";", ".", "but":
			return false
		}
	}
	return false
}

// nounAfterName reports a common noun right after a name ending at e, which
// the name modifies ("a Brooklyn mother", "a county sheriff's deputy"): not a
// possessive, a pronoun, a relative word or a clause break.
func (s *sent) nounAfterName(e int) bool {
	n := s.toks[e].Lower
	switch n {
	case "'s", "'", "’", "which", "who", "whose", "whom", "where", "when", "what", "it", "he", "she", "they", "we", "i", "you", "this", "there":
		return false
	}
	return s.modifierAt(e) && !s.cue("clause-break", e) && !s.cue("determiner", e) && !isAdverb(n)
}

// legalHeadAfterList reports "and/or WORD" then a legal head at j: "face
// murder and kidnapping charges" names charges, not a killing.
func (s *sent) legalHeadAfterList(j int) bool {
	return j+2 < len(s.toks) && (s.toks[j].Lower == "and" || s.toks[j].Lower == "or") && !s.toks[j+1].Punct && s.cue("legal-head", j+2)
}

// otherSense reports a word within three tokens after a trigger ending at j
// that shows the trigger is used in another sense ("meet standards").
func (s *sent) otherSense(j int, frame string) bool {
	if frame == "say" && (s.addedScore(j) || s.addedAmount(j)) || s.otherSenseByPhrase(j, frame) {
		return true
	}
	words := s.lex.notAfter[frame]
	if words == nil {
		return false
	}
	for k := j; k < len(s.toks) && k < j+3; k++ {
		if _, ok := words[s.toks[k].Lower]; ok {
			return true
		}
		if s.toks[k].Punct {
			break
		}
	}
	return false
}

// dateAt reports a date at token j, or after an article: "called for the
// 5th of May" schedules, it does not request.
func (s *sent) dateAt(j int) bool {
	if j < len(s.toks) && s.toks[j].Lower == "the" {
		j++
	}
	return j < len(s.toks) && s.tokTimex[j] >= 0
}

// crimeLabel reports an event word naming the crime of a charge ("a charge
// of murder", "on suspicion of killing"): the charge is the claim.
func (s *sent) crimeLabel(i int) bool {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].Lower != "of" && s.toks[k].Lower != "with" && s.toks[k].Lower != "for" && !s.toks[k].Punct {
		k-- // "charges of first-degree murder"
	}
	return k > 0 && ((s.toks[k].Lower == "of" || s.toks[k].Lower == "with") && s.cue("crime-label", k-1) || s.toks[k].Lower == "for" && s.cue("request-label", k-1))
}

// inName reports a capitalized trigger word inside a sentence: part of a
// name the entity finder did not catch ("the Election Commission").
func (s *sent) inName(i int) bool {
	if s.headline || i == 0 {
		return false
	}
	t := s.toks[i]
	if t.Text == t.Lower || strings.ToUpper(t.Text) == t.Text {
		return false
	}
	switch s.toks[i-1].Lower {
	case "\"", "“", ":", "(", "-", "—", "'", "‘":
		return false
	}
	return true
}

// adjectiveUse reports a verb trigger at [i, j) used as a noun or an
// adjective: after an article, a possessive or an ordinal ("a second bomb",
// "the convicted man"), or a participle between a number and its noun ("23
// arrested pirates").
func (s *sent) adjectiveUse(i, j int, t Trigger) bool {
	if i == 0 {
		return false
	}
	p := s.toks[i-1].Lower
	switch p {
	case "a", "an", "the", "his", "her", "its", "their", "our", "these", "those", "another", "every", "each":
		return true
	}
	if v, ok := s.lex.cues["ordinal"][p]; ok && v != "" && v[0] >= '1' && v[0] <= '9' && i >= 2 && s.cue("determiner", i-2) {
		return true // "the first shot", but "first visited"
	}
	head, _, _ := strings.Cut(t.Base, " ")
	for k := i - 1; k >= 1 && k >= i-3 && (s.toks[i].Lower == head || strings.HasSuffix(s.toks[i].Lower, "ing")); k-- {
		w := s.toks[k]
		if s.tokMent[k] >= 0 && k > 0 && s.tokMent[k-1] != s.tokMent[k] && s.cue("determiner", k-1) {
			return true // "the DUI charge"
		}
		acronym := s.tokMent[k] < 0 && len(w.Text) <= 5 && w.Text == strings.ToUpper(w.Text) && w.Text != w.Lower // "a previous DUI arrest"
		if w.Punct || s.tokMent[k] >= 0 || w.Text != w.Lower && !acronym || isAux(w.Lower) || s.looksVerb(k) || strings.HasSuffix(w.Lower, "ly") || s.cue("negation", k) || isObjPrep(w.Lower) || w.Lower == "and" || w.Lower == "or" {
			break
		}
		switch s.toks[k-1].Lower {
		case "a", "an", "the", "his", "her", "its", "their", "our", "these", "those", "another":
			return true // "an illegal arrest", "another mandatory rehab sentence"
		}
	}
	// a participle before a name after a game verb or "against": "beat
	// visiting Evansville", "against visiting Duke" (not "after visiting Moscow")
	if w := s.toks[i].Lower; strings.HasSuffix(w, "ing") && j < len(s.toks) && startsUpper(s.toks[j].Text) {
		switch p {
		case "beat", "beats", "defeated", "defeats", "edged", "topped", "against", "vs", "vs.", "versus", "host", "hosts", "hosted", "hosting", "face", "faces", "faced", "play", "plays", "played":
			return true
		}
	}
	// the object of a verb: "denied charges of assault"
	if s.looksVerb(i-1) && !isAux(p) && !s.cue("say", i-1) && s.isTrig[i-1] < 0 && s.toks[i-1].Text == p {
		return true
	}
	// the object of a participle: "rebuffing calls for early elections"
	if strings.HasSuffix(p, "ing") && len(p) > 5 && s.tokMent[i-1] < 0 && s.isTrig[i-1] < 0 && s.toks[i-1].Text == p && !s.cue("say", i-1) {
		switch p {
		case "during", "according", "following", "including", "being", "having", "regarding", "concerning", "pending", "notwithstanding":
		default:
			return true
		}
	}
	w := s.toks[i].Lower
	if h, _, _ := strings.Cut(t.Base, " "); w == h && isNumber(p) {
		return true // "two hijack attempts", "three raid teams"
	}
	if j-i == 1 && j < len(s.toks) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && isNumber(p) {
		n := s.toks[j]
		return !n.Punct && n.Text == n.Lower && !isPrep(n.Lower) && !isAux(n.Lower) && n.Lower != "and" && n.Lower != "or" && n.Lower != "by" && n.Lower != "as"
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "several", "many", "some":
		return true
	}
	return false
}

// verbContext: the word before makes the next word a verb (a name, a pronoun,
// an auxiliary or "to").
func (s *sent) verbContext(i int) bool {
	p := s.toks[i-1]
	if m := s.tokMent[i-1]; m >= 0 {
		return s.x.Mentions[m].Type != "NORP" // "Russian asylum" is a noun
	}
	switch p.Lower {
	case "to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do", "he", "she", "they", "we", "i", "it":
		return true
	}
	return false
}

func isAdjective(w string) bool {
	switch w {
	case "official", "historic", "such", "face-to-face", "high-level", "state", "recent", "upcoming", "planned",
		"surprise", "brief", "rare", "formal", "informal", "private", "public", "key", "major", "dramatic",
		"partial", "full", "military", "deadly", "fatal", "initial", "inaugural", "maiden", "landmark", "reported", "sudden", "early", "late",
		"alleged", "suspected", "attempted", "apparent":
		return true
	}
	return false
}

// isParticiple reports whether w, the first word of trigger t as written, can
// be a past participle: not the base form ("be visit"), not a progressive
// ("is seeking") or third person ("is visits"). Listed forms ("fired from")
// are participles when they look like one.
func isParticiple(t Trigger, w string) bool {
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	if t.Form {
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
	}
	head, _, _ := strings.Cut(t.Base, " ")
	return w != head
}

// sameFormParticiple reports a verb whose participle is its base form
// ("hurt", "hit", "put") after a form of "be" at k that is not "to be" with
// a modal reading: "Bush was hurt", not "will be hurt" (still a passive) nor
// "to hurt".
func (s *sent) sameFormParticiple(tr trig, k int) bool {
	head, _, _ := strings.Cut(tr.t.Base, " ")
	if s.toks[tr.i].Lower != head {
		return false
	}
	for _, f := range irregular[head] {
		if f == head {
			return true // listed as its own participle: "hurt hurts hurting" has none
		}
	}
	return len(irregular[head]) > 0 && !hasPastForm(head)
}

// hasPastForm reports an irregular verb with a past form different from its
// base ("meet met"); verbs like "hurt" or "hit" have none.
func hasPastForm(head string) bool {
	for _, f := range irregular[head] {
		if f != head && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
			return true
		}
	}
	return false
}

// reducedPassive reports a bare past participle of a verb that needs an
// object, right after its noun and without "be" ("Jackson arrested" in a
// headline, "a man released yesterday", "the suspect, arrested Tuesday,"),
// when nothing that could be its object follows: the noun is the one the
// event happens to. k is the token before the trigger and its adverbs.
func (s *sent) reducedPassive(tr trig, k int) bool {
	toks := s.toks
	if !s.frameHas("reduced-passive", tr.t.Frame) || !isParticiple(tr.t, toks[tr.i].Lower) {
		return false
	}
	if w := toks[tr.i].Lower; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false // "put", "hit": base and participle alike
	}
	if k < 0 || isAux(toks[k].Lower) || isBe(toks[k].Lower) || s.cue("pronoun", k) || toks[k].Lower == "who" || toks[k].Lower == "that" || toks[k].Lower == "which" {
		return false
	}
	if toks[k].Punct && toks[k].Lower != "," {
		return false
	}
	if toks[k].Lower == "," {
		// "the suspect, arrested Tuesday,": a comma after a noun
		if k == 0 || toks[k-1].Punct || s.looksVerb(k-1) {
			return false
		}
	}
	// what follows must not be an object: the sentence end, punctuation, a
	// date or a preposition
	j := tr.j
	if j >= len(toks) {
		return true
	}
	t := toks[j]
	switch {
	case t.Punct && t.Lower != "\"" && t.Lower != "“":
		return true
	case s.tokTimex[j] >= 0:
		// "released Tuesday a statement": rare; a date then the end, a
		// preposition or punctuation
		e := j
		for e < len(toks) && s.tokTimex[e] == s.tokTimex[j] {
			e++
		}
		return e >= len(toks) || toks[e].Punct || isPrep(toks[e].Lower) || isObjPrep(toks[e].Lower) || s.cue("clause-break", e)
	case isPrep(t.Lower) || isObjPrep(t.Lower) || t.Lower == "for" || t.Lower == "over" || t.Lower == "without" || t.Lower == "under":
		return t.Lower != "that"
	}
	return false
}

// isBe reports a form of "to be" or "to get" (for passives).
func isBe(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "get", "got", "gets", "getting":
		return true
	}
	return false
}

func (s *sent) mention(i int) *mention.Mention {
	if i < 0 || i >= len(s.toks) || s.tokMent[i] < 0 {
		return nil
	}
	return &s.x.Mentions[s.tokMent[i]]
}

// mentionStart returns the first token of the mention covering token i.
func (s *sent) mentionStart(i int) int {
	m := s.tokMent[i]
	for i > 0 && s.tokMent[i-1] == m {
		i--
	}
	return i
}

func (s *sent) mentionEnd(i int) int {
	m := s.tokMent[i]
	for i < len(s.toks) && s.tokMent[i] == m {
		i++
	}
	return i
}

func (s *sent) argOf(mi int) *Arg {
	m := s.x.Mentions[mi]
	return &Arg{Mention: mi, Text: m.Text, Start: m.Start, End: m.End}
}

// MISC is a name of no known type ("Lohan" alone, "Oscars"): the entity finder
// no longer guesses ORG for it, but as a subject or object it still names a
// participant.
var agentTypes = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "MEDIA": true, "FACILITY": true, "MISC": true}
var placeTypes = map[string]bool{"GPE": true, "LOC": true, "FACILITY": true}

// typeOK reports a mention of one of types; a MISC name counts only as one
// word ("Lohan"), not as a title of a work ("American Pie").
func typeOK(types map[string]bool, m mention.Mention) bool {
	return types[m.Type] && (m.Type != "MISC" || !strings.Contains(m.Text, " "))
}

// subjectLeft walks left from token i for the subject of a verb trigger. It
// skips relative clauses it is not in, stops at clause breaks, and for a
// coordinated verb ("... and was appointed") takes the subject of the verb
// before.
func (s *sent) subjectLeft(i int) *Arg {
	rel := s.tokRel[i]
	if rel != 0 {
		// inside "X, who ...": the antecedent is X, unless the verb has a
		// subject of its own ("X, who married him before he was murdered")
		k := i
		for k > 0 && s.tokRel[k-1] == rel {
			k--
		}
		gap := false
		for j := i - 1; j > k; j-- {
			t := s.toks[j]
			if s.reportedGap(j, k, i) {
				gap = true
				break // "the shelling, which she said killed nine": she only speaks
			}
			if mi := s.tokMent[j]; mi >= 0 && s.subjectPosition(s.mentionEnd(j), i) {
				if p := s.skipDet(s.mentionStart(j) - 1); p >= 0 && isObjPrep(s.toks[p].Lower) && !isSubordinator(s.toks[p].Lower) {
					return nil // "a quake which hit the province of Aceh on Tuesday killed": not Aceh
				}
				return s.argOf(mi)
			}
			if s.isPronoun(j) && s.subjectPosition(j+1, i) {
				if t.Lower == "he" || t.Lower == "she" {
					return s.pronounArg(j)
				}
				if t.Lower == "they" || t.Lower == "it" || t.Lower == "we" {
					return nil
				}
			}
			if s.cue("source", j) && s.subjectPosition(j+1, i) {
				return s.sourcePhrase(j, k+1) // "Gigante, who some experts said was the leader": the experts say it
			}
			if s.cue("clause-break", j) || isSubordinator(t.Lower) {
				return nil
			}
		}
		who := s.toks[k].Lower == "who" || k+1 < len(s.toks) && s.toks[k+1].Lower == "who"
		for k > 0 && s.toks[k-1].Punct {
			k--
		}
		if k > 0 && s.tokMent[k-1] >= 0 {
			if m := s.x.Mentions[s.tokMent[k-1]]; (who || gap) && (placeTypes[m.Type] || m.Type == "MISC" && k >= 2 && s.toks[k-2].Lower == ",") {
				return nil // "Mr Jenkin, of Newton Street, Millom, who ...": a place is no "who"
			}
			if s.locatedPlace(k-1, s.x.Mentions[s.tokMent[k-1]]) {
				return nil // roles_agent.go: "the school in Jabaliya, which also wounded": the strike wounds
			}
			return s.argOf(s.tokMent[k-1])
		}
		if k > 0 && s.isPronoun(k-1) {
			return s.pronounArg(k - 1)
		}
		if mi := s.appositionWho(k); who && mi >= 0 {
			return s.argOf(mi) // "Michael Jordan, a retired CEO who was hired": Jordan
		}
		return nil
	}
	if a, ok := s.elidedWhSubject(i); ok {
		return a // r2a.go: "X wouldn't say when Y and Z began talks but said": X
	}
	if i >= 2 && s.toks[i-1].Lower == "to" && s.objectControlled(i-2) {
		return nil // "allowing hackers to hijack": the hackers, not the sentence's subject
	}
	if i >= 2 && s.toks[i-1].Lower == "to" && s.rankedNounBefore(i-2) {
		return nil // "the only teams to win": the teams
	}
	var fallback *Arg
	for k := i - 1; k >= 0; k-- {
		if s.tokRel[k] != 0 {
			continue
		}
		t := s.toks[k]
		if (t.Lower == "that" || t.Lower == "which") && s.subjectPosition(k+1, i) {
			// a relative pronoun is the subject: "the man that killed" is the
			// man; "practices that call for reviews" have no name
			if k > 0 && s.tokMent[k-1] >= 0 && typeOK(agentTypes, s.x.Mentions[s.tokMent[k-1]]) {
				return s.argOf(s.tokMent[k-1])
			}
			return nil
		}
		if t.Lower == "-" || t.Lower == "—" || t.Lower == "–" || t.Lower == "(" || t.Lower == ")" {
			return fallback // "Troy, Michigan Office Shooting - 1 Dead, 2 Injured"
		}
		switch t.Lower {
		case "when", "while", "because", "although", "though", "whereas", "unless", "if", "where":
			return fallback // "Palin was anything but that in 2007 when the board voted"
		}
		if t.Lower == ";" || t.Lower == ":" || (t.Lower == "that" && k+1 < i) {
			if t.Lower == "that" && s.tokMent[k+1] < 0 {
				return fallback
			}
			break
		}
		if ti := s.isTrig[k]; ti >= 0 && !s.trigs[ti].t.Noun && fallback == nil {
			// the verb this word depends on, or a coordinated verb ("X met Y
			// and travelled to Z"): its subject is ours; not a verb of saying
			// ("police say the man opened fire") nor a verb of another clause
			// ("X was shot and two others were wounded")
			if s.trigs[ti].t.Frame == "say" || !s.coordinated(s.trigs[ti].j, i) {
				return nil
			}
			return s.subjectLeft(k)
		}
		if fallback == nil && s.nounSubject(k, i) {
			return nil // "the pirate skiffs reversed course and tried to flee"
		}
		if k < i-1 && s.cue("say", k) && !t.Punct && s.tokMent[k] < 0 && (k+1 >= len(s.toks) || s.toks[k+1].Lower != "to") {
			return fallback // the subject of a reported clause is inside it
		}
		if mi := s.tokMent[k]; mi >= 0 {
			m := s.x.Mentions[mi]
			k = s.mentionStart(k)
			if s.predicateNominal(k) {
				continue // "X will be the Twelfth Doctor and takes over": X takes over
			}
			ts := k // past a bound title: "a spokesman for Attorney General Greg Abbott"
			if m.TitleStart > 0 && m.TitleStart < m.Start {
				if t := tokenAt(s.toks, m.TitleStart); t >= 0 && t < k {
					ts = t
				}
			}
			if ts < k {
				p := ts - 1
				for p >= 0 && !s.toks[p].Punct && startsUpper(s.toks[p].Text) {
					p-- // "for Texas Attorney General Greg Abbott"
				}
				if p = s.skipDet(p); p >= 0 && isObjPrep(s.toks[p].Lower) && s.toks[p].Lower != "of" && !isSubordinator(s.toks[p].Lower) {
					continue // not "of": "Department of Corrections spokeswoman Michelle Lyons said"
				}
			}
			if p := s.skipDet(k - 1); !typeOK(agentTypes, m) || p >= 0 && isObjPrep(s.toks[p].Lower) && !isSubordinator(s.toks[p].Lower) {
				continue // "travel to Warsaw on Wednesday to sign"
			}
			if s.stateAfterTown(k) {
				continue // "AMD in Sunnyvale, Calif. announcing": part of the place
			}
			if s.placeModifier(k, m) {
				continue // roles_agent.go: "a jury in eastern Oklahoma has convicted", "Okla. man guilty of killing"
			}
			sp := s.subjectPosition(s.mentionEnd(k), i)
			if p := s.skipDet(k - 1); p >= 0 && s.cue("control-verb", p) && m.Type == "PERSON" && s.mentionEnd(k)+1 == i && s.toks[i-1].Lower == "to" {
				return s.argOf(mi) // "directed Lopez to kill", "urged Smith to resign": the one told acts
			}
			if p := s.skipDet(k - 1); p >= 0 && !s.cue("say", p) && (s.looksVerb(p) || s.isTrig[p] >= 0 || p > 0 && s.isTrig[p-1] >= 0 && !s.trigs[s.isTrig[p-1]].t.Noun && s.trigs[s.isTrig[p-1]].j == p+1) &&
				(!sp || s.infinitiveAfter(s.mentionEnd(k), i) || s.mentionEnd(k) == i && !s.looksVerb(i) && s.isTrig[i] < 0) {
				continue // the object of a verb: "visited Moscow on Wednesday to meet", "left the Betty Ford Center and went to"
			}
			if e := s.mentionEnd(k); sp && e < i && m.Type != "PERSON" {
				if n := s.toks[e]; !n.Punct && n.Text == n.Lower && s.tokTimex[e] < 0 && !isAux(n.Lower) && !isBe(n.Lower) && !s.looksVerb(e) && s.isTrig[e] < 0 && !isAdverb(n.Lower) && !strings.HasSuffix(n.Lower, "ly") && !isPrep(n.Lower) && !isObjPrep(n.Lower) && !s.cue("determiner", e) && !s.isPronoun(e) && !s.cue("say", e) && !strings.HasPrefix(n.Lower, "'") && !s.cue("clause-break", e) && !s.cue("negation", e) && s.tokRel[e] == 0 && strings.HasSuffix(n.Lower, "s") {
					continue // a name modifying a noun: "Internet Explorer browsers and take over"
				}
			}
			if pm, _ := s.personFromOrg(k); sp && pm >= 0 && m.Type != "PERSON" {
				return s.argOf(pm) // r2a.go: "X from the UN Relief and Works Agency said": X
			}
			if sp {
				return s.argOf(mi)
			}
			// "al-Sharaa's forces ousted Assad": the forces act for him
			if e := s.mentionEnd(k); e+2 <= i && s.toks[e].Lower == "'s" && s.cue("proxy", e+1) && s.subjectPosition(e+2, i) {
				return s.argOf(mi)
			}
			if fallback == nil && s.maySubject(k, i) {
				fallback = s.argOf(mi)
			}
			continue
		}
		if fallback == nil && k == 0 && (t.Lower == "he" || t.Lower == "she") {
			return s.pronounArg(k) // "He burst into the courtroom and shot and killed X"
		}
		if fallback == nil && s.subjectPosition(k+1, i) {
			switch t.Lower {
			case "he", "she":
				return s.pronounArg(k)
			case "they", "we", "i", "you", "it", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody":
				return nil // a subject we do not resolve ("everyone said")
			}
		}
		if s.cue("source", k) && fallback == nil && s.subjectPosition(k+1, i) {
			st := s.sourceStart(k, 0)
			if s.sourceAfterPrep(st) {
				return nil // statements.go: "published in the Kathimerini newspaper gave"
			}
			if p := s.skipDet(st - 1); p >= 0 && isObjPrep(s.toks[p].Lower) && !isSubordinator(s.toks[p].Lower) {
				return nil // "shook hands with defense lawyers and said": the lawyers are an object
			}
			if s.sourceInPrepPhrase(st) {
				return nil // "the head of the crime family, who ..., died": the head
			}
			return &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[st].Start:t.End], Start: s.toks[st].Start, End: t.End}
		}
	}
	return fallback
}

// objectControlled reports a common noun at k that is the object of a
// control verb right before it ("allowing hackers", "urged residents"): the
// noun does what the infinitive after it says.
func (s *sent) objectControlled(k int) bool {
	t := s.toks[k]
	if t.Punct || t.Text != t.Lower || s.tokMent[k] >= 0 || s.isTrig[k] >= 0 || s.looksVerb(k) {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if s.cue("control-verb", p) {
			return true
		}
		if w := s.toks[p]; w.Punct || s.tokMent[p] >= 0 || !(s.cue("determiner", p) || isAdjective(w.Lower) || w.Text == w.Lower) {
			return false
		}
	}
	return false
}

// skipDet returns the token before the determiners ending at k.
func (s *sent) skipDet(k int) int {
	for k >= 0 && (s.toks[k].Lower == "the" || s.toks[k].Lower == "a" || s.toks[k].Lower == "an") {
		k--
	}
	return k
}

// nounSubject reports a common noun phrase starting at token k that is the
// subject of a verb before the trigger at i: "the pirate skiffs reversed
// course and tried to flee", "the company began efforts to tap". Then the
// names further left are not the subject.
func (s *sent) nounSubject(k, i int) bool {
	switch s.toks[k].Lower {
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those":
	default:
		return false
	}
	if p := k - 1; p >= 0 && (isObjPrep(s.toks[p].Lower) || s.looksVerb(p) || s.isTrig[p] >= 0 || isBe(s.toks[p].Lower) || s.toks[p].Lower == "as" || s.toks[p].Lower == "than" || s.toks[p].Lower == "like") {
		return false
	}
	h := k + 1
	for h < i && h < k+5 && !s.toks[h].Punct && !s.looksVerb(h) && !isAux(s.toks[h].Lower) && !isObjPrep(s.toks[h].Lower) &&
		(s.toks[h].Text == s.toks[h].Lower || s.tokMent[h] >= 0 && s.x.Mentions[s.tokMent[h]].Type == "NORP") && s.isTrig[h] < 0 {
		h++
	}
	if h == k+1 || h > i {
		return false
	}
	if h == i {
		// "Betts went on IR and the team lost Hamilton": the noun phrase is the
		// trigger's own subject; only after "and"/"but", where a new clause starts
		return k > 0 && (s.toks[k-1].Lower == "and" || s.toks[k-1].Lower == "but") && s.isTrig[i] >= 0 && !s.trigs[s.isTrig[i]].t.Noun
	}
	return s.looksVerb(h) || isAux(s.toks[h].Lower) && s.toks[h].Lower != "to" || s.isTrig[h] >= 0 && !s.trigs[s.isTrig[h]].t.Noun
}

// infinitiveAfter reports that the first word from e that is not a date or
// an adverb is "to": the verb at i is an infinitive.
func (s *sent) infinitiveAfter(e, i int) bool {
	for k := e; k < i; k++ {
		t := s.toks[k]
		if s.tokTimex[k] >= 0 || strings.HasSuffix(t.Lower, "ly") || isPrep(t.Lower) && k+1 < i && s.tokTimex[k+1] >= 0 {
			continue
		}
		return t.Lower == "to"
	}
	return false
}

// coordinated reports whether a verb at i shares the subject of a verb
// trigger ending at j: joined by "and", "or", "but", "then" with no comma
// before ("met Y in Moscow and travelled to Z"), by "to" ("set to travel ...
// to sign"), or as a participle (", saying", "after meeting").
func (s *sent) coordinated(j, i int) bool {
	p := i - 1
	for p >= j && (isAux(s.toks[p].Lower) && s.toks[p].Lower != "to" || isAdverb(s.toks[p].Lower) || strings.HasSuffix(s.toks[p].Lower, "ly") || s.cue("negation", p)) {
		p--
	}
	if p < j {
		return true
	}
	switch s.toks[p].Lower {
	case "to":
		return true
	case "and", "or", "but", "then":
		for k := j; k < p-1; k++ {
			if s.toks[k].Lower == "," && s.tokRel[k] == 0 {
				return false
			}
		}
		return true
	case ",", "after", "before", "while", "by", "without", "when":
		return strings.HasSuffix(s.toks[i].Lower, "ing")
	}
	return false
}

// maySubject reports whether the mention starting at token k, not right
// before the verb at i, can still be its subject: it is not the object of a
// preposition ("flew to Las Vegas and met"), a possessor ("Nichols' parents")
// or a modifier of a noun ("an Atlanta judge sentenced"), and no lone comma
// separates it from the verb ("Salahaddin, the military said"); an apposition
// between two commas is fine ("Smith, the agent for Jones, met").
func (s *sent) maySubject(k, i int) bool {
	e := s.mentionEnd(k)
	if e >= i {
		return false
	}
	n := s.toks[e]
	if n.Lower == "'s" || n.Lower == "'" || n.Lower == "’" {
		return false
	}
	if !n.Punct && s.tokMent[e] < 0 && s.tokTimex[e] < 0 && n.Text == n.Lower && !isAux(n.Lower) && !s.looksVerb(e) && n.Lower != "and" {
		return false // "Atlanta judge", "Oregon bank"
	}
	commas := 0
	for j := e; j < i; j++ {
		if s.toks[j].Lower == "," && s.tokRel[j] == 0 {
			commas++
		}
	}
	return commas == 0 || commas == 2 && s.toks[e].Lower == ","
}

// isObjPrep reports a preposition whose object cannot be a clause subject.
func isObjPrep(w string) bool {
	switch w {
	case "in", "on", "at", "since", "during", "until", "from", "after", "before", "of", "for", "with", "to", "into", "near", "against", "by", "about", "between", "among", "toward", "towards", "across", "outside", "inside",
		"off", "amid", "via", "through", "throughout", "despite", "within", "upon", "onto", "beyond", "behind":
		return true
	}
	return false
}

// looksVerb reports a word that is likely a verb: a trigger verb, an
// irregular form ("flew"), or a lower-case word ending in "-ed".
func (s *sent) looksVerb(k int) bool {
	if ti := s.isTrig[k]; ti >= 0 && !s.trigs[ti].t.Noun {
		return true
	}
	t := s.toks[k]
	return t.Text == t.Lower && (isIrregularVerb(t.Lower) || strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 3 && !notVerb[t.Lower])
}

// subjectPosition reports whether the words from e up to the trigger at i are
// what follows a subject: nothing, adverbs, auxiliaries, a relative clause.
func (s *sent) subjectPosition(e, i int) bool {
	for k := e; k < i; k++ {
		t := s.toks[k]
		if s.tokRel[k] != 0 || strings.HasSuffix(t.Lower, "ly") || s.tokTimex[k] >= 0 || isAdverb(t.Lower) {
			continue // adverbs, relative clauses, dates: "Putin on Tuesday met"
		}
		if isPrep(t.Lower) && k+1 < i && s.tokTimex[k+1] >= 0 {
			continue
		}
		if t.Lower == "," {
			if (k+1 < len(s.toks) && s.tokRel[k+1] != 0) || (k > 0 && s.tokRel[k-1] != 0) {
				continue
			}
			return false
		}
		if isAux(t.Lower) || s.cue("negation", k) {
			continue // the verb group: "has not yet", "is set to"
		}
		if t.Lower == "as" && k+1 == i && strings.HasSuffix(s.toks[i].Lower, "ing") {
			return true // "quoted a source as saying"
		}
		// a plural noun before a verb is not a verb ("Patrol deputies
		// detained")
		if strings.HasSuffix(t.Lower, "s") && k+1 < len(s.toks) && (s.looksVerb(k+1) || isAux(s.toks[k+1].Lower) && s.toks[k+1].Lower != "to") {
			return false
		}
		verb := s.isTrig[k] >= 0 && !s.trigs[s.isTrig[k]].t.Noun ||
			s.tokMent[k] < 0 && !t.Punct && t.Text == t.Lower && (isIrregularVerb(t.Lower) || len(t.Lower) > 3 && !notVerb[t.Lower] &&
				(strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")))
		if !verb {
			return false
		}
		// the name's own verb ("Sharaa emphasized", "Moreno flew"): it governs
		// a number after it ("is averaging 15.5 points"), and a trigger joined
		// to it ("flew to Las Vegas and met", "tried to flee"); not one of
		// another clause ("Morningside is unlicensed and photographers
		// snapped her ... check in")
		return s.isTrig[i] < 0 || s.coordinated(k+1, i)
	}
	return true
}

// notVerb lists words ending like verbs ("-s", "-ed") that are not.
var notVerb = map[string]bool{"this": true, "thus": true, "plus": true, "less": true, "unless": true, "across": true,
	"towards": true, "afterwards": true, "whereas": true, "perhaps": true, "always": true, "news": true, "series": true,
	"species": true, "united": true, "limited": true, "embed": true, "indeed": true, "speed": true, "need": true, "seed": true,
	"bed": true, "red": true, "hundred": true, "kindred": true, "its": true, "his": true, "hers": true, "ours": true, "theirs": true}

// isAdverb lists adverbs without "-ly" that stand between a subject and its
// verb ("Kovalenko first visited", "she once served").
func isAdverb(w string) bool {
	switch w {
	case "first", "again", "once", "twice", "already", "soon", "even", "reportedly", "allegedly", "last":
		return true
	}
	return false
}

func isAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might",
		"should", "must", "did", "does", "do", "not", "n't", "never", "also", "then", "later", "set", "to", "be", "been", "just", "now", "still":
		return true
	}
	return false
}

func hasWordBetween(toks []token, a, b int, w string) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].Lower == w {
			return true
		}
	}
	return false
}

func (s *sent) isPronoun(k int) bool { return s.cue("pronoun", k) }

// pronounArg resolves he/she/his/her to the most recent person: in this
// sentence before k, else in earlier sentences.
func (s *sent) pronounArg(k int) *Arg {
	if a, ok := s.speakerPronoun(k); ok {
		return a // "..., he said": attrib.go
	}
	mi := -1
	for j := 0; j < k; j++ {
		if m := s.tokMent[j]; m >= 0 && s.x.Mentions[m].Type == "PERSON" {
			mi = m
			break
		}
		if s.cue("person-noun", j) && j > 0 && (s.toks[j-1].Lower == "a" || s.toks[j-1].Lower == "an" || s.toks[j-1].Lower == "the") {
			return nil // "saw a woman run into a shop, where she called for help"
		}
	}
	// the nearest person before k that is a subject ("Miliote said Gomes was
	// on probation when he was arrested" is Gomes), else the first one
	for j := k - 1; j >= 0 && mi >= 0; j-- {
		m := s.tokMent[j]
		if m < 0 || s.x.Mentions[m].Type != "PERSON" {
			continue
		}
		st, e := s.mentionStart(j), s.mentionEnd(j)
		if p := s.skipDet(st - 1); p >= 0 && !s.cue("say", p) && (isObjPrep(s.toks[p].Lower) || s.looksVerb(p) || s.isTrig[p] >= 0) {
			j = st
			continue
		}
		if e < k && (isAux(s.toks[e].Lower) && s.toks[e].Lower != "to" || s.looksVerb(e) || s.cue("say", e) || s.isTrig[e] >= 0 && !s.trigs[s.isTrig[e]].t.Noun) {
			mi = m
			break
		}
		j = st
	}
	if mi < 0 {
		mi = s.lastPerson
	}
	if mi < 0 {
		return nil
	}
	// no gender or discourse model: resolve only when exactly one person is
	// named before the pronoun in this sentence ("Kovalenko returned for his
	// second visit"), or, when none is, the previous sentence and this one
	// name exactly one person; never after a person named by a common noun
	if s.commonPerson(k) {
		return nil
	}
	// "He had boasted before Ortiz's killing that he wanted to kill": a
	// pronoun of the same gender before any name in the sentence is the one
	// this pronoun goes on with
	for j := 0; j < k; j++ {
		if s.tokMent[j] >= 0 && s.x.Mentions[s.tokMent[j]].Type == "PERSON" {
			break
		}
		if s.isPronoun(j) && sameGender(s.toks[j].Lower, s.toks[k].Lower) {
			a := s.pronounArg(j)
			if a != nil {
				a.Start, a.End = s.toks[k].Start, s.toks[k].End
			}
			return a
		}
	}
	people := s.ofGender(s.people(0, k), k)
	if len(people) > 0 {
		if len(people) != 1 {
			return nil
		}
		m := s.x.Mentions[people[0]]
		return &Arg{Mention: people[0], Text: m.Name, Start: s.toks[k].Start, End: s.toks[k].End}
	}
	if s.prevCommon {
		return nil
	}
	people = s.dropLaterPossessors(s.notTrailingSpeakers(s.people(0, len(s.toks)), k), k)
	for _, p := range s.prevPeople {
		people = s.addPerson(people, p)
	}
	people = s.ofGender(people, k)
	if len(people) != 1 {
		return nil
	}
	mi = people[0]
	m := s.x.Mentions[mi]
	return &Arg{Mention: mi, Text: m.Name, Start: s.toks[k].Start, End: s.toks[k].End}
}

// ofGender drops the people whose known gender is not the pronoun's at k
// ("she" is not "Mark Heller"); people of no known gender stay.
func (s *sent) ofGender(people []int, k int) []int {
	want := ""
	switch s.toks[k].Lower {
	case "he", "his", "him":
		want = "male"
	case "she", "her":
		want = "female"
	default:
		return people
	}
	out := people[:0:0]
	for _, p := range people {
		if g := mention.Gender(s.x.Mentions[p]); g == "" || g == want {
			out = append(out, p)
		}
	}
	return out
}

// sameGender reports two singular pronouns of one gender ("he", "his").
func sameGender(a, b string) bool {
	g := func(w string) int {
		switch w {
		case "he", "his", "him":
			return 1
		case "she", "her":
			return 2
		}
		return 0
	}
	return g(a) != 0 && g(a) == g(b)
}

// addPerson appends mention mi to people unless a mention of the same person
// (same Local) is there already.
func (s *sent) addPerson(people []int, mi int) []int {
	for _, q := range people {
		if s.x.Mentions[q].Local == s.x.Mentions[mi].Local {
			return people
		}
	}
	return append(people, mi)
}

// people returns the PERSON mentions of tokens [a, b), one per person.
func (s *sent) people(a, b int) []int {
	var out []int
	for _, mi := range s.tokMent[a:b] {
		if mi < 0 || s.x.Mentions[mi].Type != "PERSON" {
			continue
		}
		out = s.addPerson(out, mi)
	}
	return out
}

// commonPerson reports a person named by a common noun with an article
// ("a customer", "the gunman") before token k, not in apposition to a name
// ("the victim, Ana Ruiz", "the suspect Ana Ruiz").
func (s *sent) commonPerson(k int) bool {
	for j := 1; j < k && j < len(s.toks); j++ {
		if !s.cue("person-noun", j) || s.tokMent[j] >= 0 {
			continue
		}
		switch s.toks[j-1].Lower {
		case "a", "an", "the", "our": // "our reporter says he arrived"
		default:
			continue
		}
		n := j + 1
		if n < len(s.toks) && s.toks[n].Lower == "," {
			n++
		}
		if n < len(s.toks) && s.tokMent[n] >= 0 {
			continue
		}
		return true
	}
	return false
}

// clauseEnd returns the token index where the arguments of a trigger at
// [i, j) stop: a clause break, another verb trigger, or the sentence end.
func (s *sent) clauseEnd(j int) int {
	rel := 0
	if j > 0 {
		rel = s.tokRel[j-1]
	}
	for k := j; k < len(s.toks); k++ {
		t := s.toks[k]
		if rel != 0 && s.tokRel[k] != rel {
			return k
		}
		if t.Lower == ";" || t.Lower == ":" || t.Lower == "." && !s.titleDot(k) || t.Lower == "?" || t.Lower == "!" || (t.Lower == "-" && k > j) {
			return k
		}
		if s.cue("clause-break", k) && (k > j || t.Lower == "that") {
			return k
		}
		if ti := s.isTrig[k]; ti >= 0 && !s.trigs[ti].t.Noun && k > j {
			return k
		}
		if s.cue("say", k) && k > j+1 {
			return k
		}
		if k > j && s.coordModalAt(k) {
			return k // statements.go: "lost ... and could tie the mark next week in Denver"
		}
	}
	return len(s.toks)
}

// objectRight finds the first mention after a trigger that is not a
// possessor ("Russia's long-standing ally, Bashar al-Assad" → Bashar al-Assad).
func (s *sent) objectRight(j, end int, types map[string]bool) (*Arg, int) {
	for k := j; k < end; k++ {
		mi := s.tokMent[k]
		if mi < 0 {
			t := s.toks[k]
			if t.Lower == "," && k+1 < end && s.tokMent[k+1] >= 0 && !s.agentIn(j, k) && !s.clauseSubject(k+1) {
				continue // an apposition: "ousted Russia's long-standing ally, Bashar al-Assad"
			}
			if t.Lower == "," || t.Lower == "-" || t.Lower == "\"" || k >= j+6 {
				break // "captured the imagination of many, her agent, X, said"
			}
			if isObjPrep(t.Lower) && t.Lower != "with" || s.looksVerb(k) || strings.HasSuffix(t.Lower, "ing") && t.Text == t.Lower && !strings.Contains(t.Lower, "-") {
				// "fled from the spot following the Indian Naval intervention":
				// past a preposition or a verb the names are not its object;
				// prepArg finds "met with X"
				if t.Lower != "of" || k > j {
					break
				}
			}
			continue
		}
		e := s.mentionEnd(k)
		if e < len(s.toks) && (s.toks[e].Lower == "'s" || s.toks[e].Lower == "'" || s.toks[e].Lower == "’") {
			k = e // a possessor: "Lopez' half-brother"
			continue
		}
		if e < len(s.toks) && s.modifierAt(e) {
			break // a name modifying a noun: "told Detroit broadcast stations"
		}
		if e+1 < end && s.toks[e].Text != s.toks[e].Lower && !s.toks[e].Punct && s.tokMent[e] < 0 {
			// a name inside a longer one: "killed Superior Court Judge Rowland
			// Barnes" is Barnes
			for n := e; n < end && n < e+4; n++ {
				if s.tokMent[n] >= 0 {
					mi, e = s.tokMent[n], s.mentionEnd(n)
					break
				}
			}
		}
		if t := s.x.Mentions[mi].Type; (types == nil && t != "NORP") || typeOK(types, s.x.Mentions[mi]) {
			return s.argOf(mi), e
		}
		k = e - 1
	}
	return nil, -1
}

// prepArg finds "PREP (the) MENTION" after a trigger, for one of preps.
func (s *sent) prepArg(j, end int, preps []string, types map[string]bool) (*Arg, int) {
	for k := j; k < end-1; k++ {
		if k > j && (s.isTrig[k] >= 0 || s.looksVerb(k) && (s.toks[k-1].Lower == "and" || s.toks[k-1].Lower == "then" || isAux(s.toks[k-1].Lower) && s.toks[k-1].Lower != "to" && !s.noPatientBefore(j))) {
			// "charged in the 1967 slayings ... in Staunton", "arrested and
			// taken to the detachment in Cranbrook": the place is the other event's
			break
		}
		if !contains(preps, s.toks[k].Lower) {
			continue
		}
		if s.toks[k].Lower == "of" && k > j && s.tokMent[k-1] >= 0 && len(preps) == 1 {
			continue // "the injuries (via Jeff Duncan of the Times)": the name's, not the event's
		}
		m := k + 1
		for m < end && m < k+6 && (s.tokMent[m] < 0 || s.x.Mentions[s.tokMent[m]].Type == "NORP" && m > k+1) && (!s.toks[m].Punct || s.titleDot(m)) && s.isTrig[m] < 0 && !(m > k+1 && isObjPrep(s.toks[m].Lower)) {
			m++ // not past another preposition: "by a stray bullet on an Albany street"
		}
		if m+1 < end && m > k+1 && s.toks[m].Lower == "," && s.tokMent[m+1] >= 0 {
			m++ // an apposition: "with his Russian counterpart, Vladimir Putin"
		}
		if m < end && s.tokMent[m] >= 0 {
			e := s.mentionEnd(m)
			// a possessor: "in Russia's ..." is not the place, but "the fall of
			// Assad's regime" is Assad's
			if e < len(s.toks) && s.toks[e].Lower == "'s" && !(len(preps) == 1 && preps[0] == "of") {
				// unless a name follows in the same phrase: "by Syria's news
				// agency SANA"
				n := e + 1
				for n < end && n < e+6 && s.tokMent[n] < 0 && !s.toks[n].Punct && s.isTrig[n] < 0 {
					n++
				}
				if n >= end || s.tokMent[n] < 0 {
					continue
				}
				m, e = n, s.mentionEnd(n)
			}
			// a name modifying a longer one: "of Los Angeles County Sheriff's
			// Deputy Jerry Ortiz" is Ortiz
			if e+1 < len(s.toks) && s.toks[e].Text != s.toks[e].Lower && !s.toks[e].Punct && s.tokMent[e] < 0 {
				for n := e; n < end && n < e+4; n++ {
					if s.tokMent[n] >= 0 && !s.headlineVerbGap(e, n) {
						m, e = n, s.mentionEnd(n)
						break
					}
				}
			}
			if n := s.nameAfterNouns(e, end); n >= 0 {
				m, e = n, s.mentionEnd(n) // "by Toronto consulting firm Research Infosource": the firm
			}
			if e < len(s.toks) && s.toks[k].Lower == "of" && s.nounAfterName(e) {
				continue // "the murder of a Brooklyn mother": the mother, not Brooklyn
			}
			if types != nil && types["GPE"] && s.toks[k].Lower != "of" && s.firmBeforeNoun(m, e) {
				continue // "at a Kraft factory in Philadelphia": Philadelphia
			}
			if types == nil || typeOK(types, s.x.Mentions[s.tokMent[m]]) {
				return s.argOf(s.tokMent[m]), e
			}
		}
	}
	return nil, -1
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func (s *sent) frameHas(class, frame string) bool {
	_, ok := s.lex.cues[class][frame]
	return ok
}

// claims builds the claims of the sentence.
func (s *sent) claims() []Claim {
	var out []Claim
	attr, attrSpan, sayAt, final := s.attribution()
	s.assignTimes(attrSpan)
	s.attributionTimes(attrSpan, sayAt) // times_t14.go
	quoteDone := false
	denier := map[int]*Claim{} // modal.go: who denies what a deny trigger's complement says
	for ti, tr := range s.trigs {
		if tr.t.Frame == "say" {
			if c, ok := s.quoteClaim(tr); ok && !quoteDone {
				s.speakerBeforeJob(&c)
				if tr.i > sayAt && !final && s.nestedStatement(&c, tr, attr, attrSpan, sayAt) && c.Time == nil {
					s.noInherit = append(s.noInherit, len(out)) // statements.go
				}
				out = append(out, c)
				quoteDone = true
				continue
			}
		}
		c := s.eventClaim(ti, tr)
		if c != nil && s.readerCall(tr) {
			continue // "and tell us what you think": the reader is asked
		}
		if c != nil && s.tellApart(tr) {
			continue // dev13.go: "could not tell his son from the cousins"
		}
		if c != nil {
			s.placeBeforeNoun(c, tr)
			s.eventAsPatient(c, tr)
			s.bareInfinitiveSubject(c, tr)
			s.whoseSubject(c, tr)
			s.complementSubject(c, tr)
		}
		if c == nil || !s.checkRoles(c, ti, tr) || s.namesNoEvent(c, tr) {
			continue
		}
		s.widenNorpSubject(c)     // "the Indian navy had announced": the navy
		s.modalFix(c, tr, denier) // modal.go: plans, denials, "killed or injured"
		if tr.t.Frame == "deny" && c.Subject != nil {
			denier[ti] = c
		}
		if attr == "" && tr.t.Frame == "say" {
			if a, sp, ok := s.sayClaimSource(c, tr); ok {
				attr, attrSpan, sayAt, final = a, sp, tr.i, false // attrib2.go: "X, of Dallas, said that ..."
			}
		}
		own := tr.i > sayAt && !final && s.speakerOwnAct(sayAt, tr)
		if own && c.Subject == nil {
			if a := s.sayer(sayAt); a != nil {
				c.Subject, c.anchored = a, true // "X says ..., and promised to": X promised
				c.Start = minInt(c.Start, a.Start)
			}
		}
		inScope := tr.i > sayAt && !final && !s.ownReport(sayAt, tr.i) && !own || final && tr.i < sayAt && !s.beforeClosingQuote(attrSpan, tr)
		inScope = inScope || final && s.parentheticalScope(attrSpan, sayAt, tr) // attrib3.go: "By May, she said, it will ..."
		inScope = inScope && !(tr.i > sayAt && s.frameAdjunct(sayAt, tr))       // attrib3.go: "told reporters after X's arrest that"
		useAttr, useSpan := attr, attrSpan
		if !inScope && attr != "" && !own && c.Attribution == "" {
			useAttr, useSpan, inScope = s.laterAttribution(sayAt, tr) // attrib3.go: "X said ..., but Y said that ..."
		}
		if c.Attribution == "" && useAttr != "" && inScope && !(tr.t.Frame == "say" && c.Subject != nil) && !s.attributiveParticiple(tr) {
			c.Attribution = useAttr
			c.Start, c.End = minInt(c.Start, useSpan[0]), maxInt(c.End, useSpan[1])
			if c.Modality == Asserted {
				c.Modality = Reported
			}
		}
		if by, span := s.relaysStatement(c, tr); by != "" {
			c.Attribution = by // "X said nothing ..., Pickell said"
			c.Start, c.End = minInt(c.Start, span[0]), maxInt(c.End, span[1])
			if c.Modality == Asserted {
				c.Modality = Reported
			}
		}
		// a checkable claim names who or what it is about (a named
		// participant, a place), when (a date, an ordinal), or who asserts it;
		// a bare event noun needs more than a source ("the loss of science
		// ..., said X")
		if !c.anchored && (c.Attribution == "" || c.Nominal && !s.statusOf(tr.j) || !c.Nominal && tr.t.Frame != "say" && !s.finiteReport(tr)) {
			continue
		}
		// "He murdered X, ..." Stirling said: inside a quote "he" is not the
		// speaker, and we cannot tell who it is
		if c.Subject != nil && tr.t.Frame != "say" && s.pronounInQuote(c.Subject, sayAt) && (final || s.quoteBefore(tr.i)) {
			c.Subject = nil
		}
		if c.Subject != nil && tr.t.Frame == "say" && s.pronounInQuote(c.Subject, sayAt) && (final || s.quoteBefore(tr.i)) {
			continue // `"... that he would have told me," LaRue said`: a statement needs its speaker
		}
		if c.Subject != nil && tr.t.Frame == "say" && s.pronounInOpenQuote(c.Subject) {
			continue // the same in a quote opened in an earlier sentence
		}
		if s.servedSentence(tr) {
			c.Time = nil // "to serve a life sentence": the sentencing is older
			if c.Subject == nil && c.Object == nil && c.Place == nil && c.Attribution == "" {
				continue // nothing left to check
			}
		}
		nested := inScope && s.nestedStatement(c, tr, attr, attrSpan, sayAt) // statements.go
		if c.Time == nil && (s.servedSentence(tr) || s.refused[ti] || s.relayedQuote(tr) || s.attributiveParticiple(tr) || s.reducedRelative(tr) || s.verdictCrime(tr) || s.crimeAfterVerdict(tr) || nested || s.undatedStatement(tr)) {
			s.noInherit = append(s.noInherit, len(out))
		}
		out = append(out, *c)
	}
	out = append(out, s.titleClaims()...)
	out = append(out, s.facilityClaims(out)...)
	out = s.quantityClaims(out)
	return out
}

// statusOf reports an event noun ending at j that is the subject of a
// statement about it: "extradition is unlikely", "the attack would".
func (s *sent) statusOf(j int) bool {
	return j < len(s.toks) && (isBe(s.toks[j].Lower) || s.cue("hedged", j) || s.cue("planned", j) && s.toks[j].Lower != "to")
}

// nextComma returns the index of the first comma at or after k.
func (s *sent) nextComma(k int) int {
	for k < len(s.toks) && s.toks[k].Lower != "," {
		k++
	}
	return k
}

// closeQuantity reports whether a number at k is said of the subject ending
// at e by its verb: a few words between, none of them a name or a
// preposition other than "at" ("was valued at $5 million", "is averaging
// 15.5 points"), not "talking about ... ordering a hit on the two girls".
func (s *sent) closeQuantity(e, k int) bool {
	if e < len(s.toks) && s.toks[e].Lower == "," {
		e = s.nextComma(e+1) + 1 // past an apposition
	}
	n := 0
	for j := e; j < k; j++ {
		t := s.toks[j]
		if s.tokRel[j] != 0 || t.Lower == "," && j+1 < len(s.toks) && s.tokRel[j+1] != 0 {
			continue
		}
		n++
		switch t.Lower {
		case "around", "over", "through", "under", "past", "onto", "beyond", "behind", "across":
			return false
		}
		if s.tokMent[j] >= 0 || isObjPrep(t.Lower) && t.Lower != "at" || n > 6 {
			return false
		}
	}
	return true
}

// quoteBefore reports a quotation mark before token i in the sentence.
func (s *sent) quoteBefore(i int) bool { return s.quoteBetween(0, i) }

// pronounInQuote reports a pronoun argument followed by a closing quote
// before the verb of saying at sayAt: it stands inside the quoted words.
func (s *sent) pronounInQuote(a *Arg, sayAt int) bool {
	k := tokenAt(s.toks, a.Start)
	if k >= len(s.toks) || !s.isPronoun(k) {
		return false
	}
	marks := 0
	for j := 0; j < k; j++ {
		switch s.toks[j].Lower {
		case "\"", "“", "”":
			marks++
		}
	}
	if marks%2 == 1 {
		return true // "He was giving them grief, he was saying ...": inside the quote
	}
	if sayAt <= k {
		return false
	}
	for j := k + 1; j < sayAt; j++ {
		switch s.toks[j].Lower {
		case "\"", "”", "“":
			return true
		}
	}
	return false
}

// ownReport reports a clause between the verb of saying at a and a trigger
// at b that has its own source: "X said ..., while autopsy results
// concluded that Y was killed".
func (s *sent) ownReport(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch s.toks[k].Lower {
		case "while", "whereas", "but", ";":
			for j := k + 1; j < b; j++ {
				if s.cue("say", j) || s.toks[j].Lower == "concluded" || s.toks[j].Lower == "found" || s.toks[j].Lower == "showed" {
					return true
				}
			}
		}
	}
	return false
}

// quantityClaims attaches each number of the sentence to the event claim
// whose clause it is in ("31 people were injured", "killed 31 people"), or
// makes it a claim of its own about the nearest subject ("Poland has handled
// more than 60 percent of aid deliveries").
func (s *sent) quantityClaims(out []Claim) []Claim {
	qs := quantity.Find(s.x.Article.Text, s.start, s.end)
	for qi := range qs {
		q := qs[qi]
		k := tokenAt(s.toks, q.Start)
		if k >= len(s.toks) || s.tokTimex[k] >= 0 {
			continue // part of a date ("ten months ago")
		}
		e := tokenAt(s.toks, q.End)
		// the trigger of the clause: the nearest one before it with no clause
		// break between, or one right after it ("31 people were injured")
		best := -1
		for ti, tr := range s.trigs {
			if tr.t.Frame == "say" || tr.t.Frame == "title" {
				continue
			}
			if tr.j <= k && s.clauseEnd(tr.j) >= e {
				best = ti
			}
			if tr.i >= e && tr.i-e <= 3 && best < 0 {
				best = ti
				break
			}
		}
		attached := false
		if best >= 0 {
			for ci := range out {
				c := &out[ci]
				if c.Sentence == s.idx && c.Quantity == nil && c.Trigger == s.x.Article.Text[s.toks[s.trigs[best].i].Start:s.toks[s.trigs[best].j-1].End] && c.Predicate == s.trigs[best].t.Frame {
					qq := q
					c.Quantity = &qq
					c.Start, c.End = minInt(c.Start, q.Start), maxInt(c.End, q.End)
					attached = true
					break
				}
			}
		}
		if attached || q.Kind == quantity.KindScore && q.Unit == "" {
			continue
		}
		pred := "quantity"
		if q.Kind == quantity.KindAge {
			pred = "age"
		}
		qq := q
		c := Claim{Sentence: s.idx, Predicate: pred, Trigger: q.Text, Quantity: &qq, Modality: Asserted, Start: q.Start, End: q.End}
		if pred == "age" {
			// "Tara Reid, 33," / "the 33-year-old Reid"
			// "Reid, 33," / "Reid, a 33-year-old": an apposition, not "X beat
			// the 40-year-old"
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if mi := s.tokMent[j]; mi >= 0 && s.x.Mentions[mi].Type == "PERSON" {
					if e := s.mentionEnd(j); e < k && s.toks[e].Lower == "," {
						c.Subject = s.argOf(mi)
					}
					break
				}
				if w := s.toks[j].Lower; w != "," && w != "a" && w != "an" && w != "the" {
					break
				}
			}
			if c.Subject == nil && e < len(s.toks) && s.tokMent[e] >= 0 && s.x.Mentions[s.tokMent[e]].Type == "PERSON" && !(s.mentionEnd(e) < len(s.toks) && s.modifierAt(s.mentionEnd(e))) {
				c.Subject = s.argOf(s.tokMent[e]) // "the 33-year-old Reid", not "the 40-year-old American"
			}
		} else {
			if q.Unit == "" && q.Kind != quantity.KindMoney && q.Kind != quantity.KindPercent {
				continue
			}
			s.widenToUnitNoun(&c, q.Text, e) // dev13.go: "an 8-megapixel camera"
			if !s.partitiveNumber(k) {
				c.Subject = s.subjectLeft(k)
			}
			if c.Subject != nil {
				// the subject must be in the number's own clause, not a speaker,
				// nor across a comma ("the Angels are at $160 million, the
				// Orioles at $140 million"), nor a pronoun we may have resolved
				// wrongly
				j0 := tokenAt(s.toks, c.Subject.End)
				if s.isPronoun(tokenAt(s.toks, c.Subject.Start)) {
					c.Subject = nil
				}
				commas := 0
				for j := j0; j < k && c.Subject != nil; j++ {
					if s.cue("say", j) || s.toks[j].Lower == ";" || s.toks[j].Lower == "that" {
						c.Subject = nil
					}
					if s.toks[j].Lower == "," && s.tokRel[j] == 0 && (j+1 >= len(s.toks) || s.tokRel[j+1] == 0) {
						commas++
					}
					if s.toks[j].Lower == "but" || s.toks[j].Lower == "(" || s.toks[j].Lower == "while" || s.toks[j].Lower == "whereas" {
						c.Subject = nil
					}
				}
				if commas > 0 && !(commas == 2 && j0 < k && s.toks[j0].Lower == "," && s.subjectPosition(s.nextComma(j0+1)+1, k)) {
					c.Subject = nil // an apposition is fine: "Reid, 33, earned $5 million"
				}
				if c.Subject != nil && !s.closeQuantity(j0, k) {
					c.Subject = nil
				}
				if c.Subject != nil {
					// the name is the subject of the number's verb: "Turkmenistan
					// has 27 polling stations", not "12 Magazines and about 300
					// rounds"; and the number is not a modifier ("drove around
					// the 9-acre complex")
					e := j0
					if e+1 < k && s.toks[e].Lower == "," && s.tokRel[e+1] == 0 {
						e = s.nextComma(e+1) + 1 // past an apposition: "Reid, 33,"
					}
					if e >= k || !s.subjectPosition(e, k) || k > 0 && s.toks[k-1].Lower == "the" || s.listedQuantity(e, k) {
						c.Subject = nil
					}
				}
			}
		}
		if c.Subject == nil {
			continue
		}
		if c.Subject.Start < c.Start && c.Start-c.Subject.Start < 200 {
			c.Start = c.Subject.Start
		}
		c.Modality = s.modality(trig{i: k, j: e})
		if pred == "age" {
			c.Modality = s.stateModality(k, e, c.Modality)
		}
		out = append(out, c)
	}
	return out
}

// assignTimes gives each DATE or TIME expression of the sentence to the
// trigger it belongs to: the nearest one, looking right first, never across
// another trigger; an expression that opens the sentence ("In July, ...")
// belongs to the first verb trigger.
func (s *sent) assignTimes(skip [2]int) {
	s.owner = map[int]int{}
	s.refused = map[int]bool{}
	scope := s.timeScopes()
	seen := map[int]bool{}
	for k, xi := range s.tokTimex {
		if xi < 0 || seen[xi] {
			continue
		}
		seen[xi] = true
		tx := s.x.Timexes[xi]
		if !datesEvent(tx) || skip[1] > skip[0] && tx.Start >= skip[0] && tx.End <= skip[1] {
			continue
		}
		if strings.HasSuffix(tx.Value, "_REF") {
			continue // "now", "recently", "the future": not when an event happened
		}
		if s.referencePoint(k) {
			continue // "resigned two years after that day": a reference point, not the date
		}
		if s.inScope(k) {
			continue // "first visit since taking office in December 2025", "second trip this year"
		}
		e := k
		for e < len(s.toks) && s.tokTimex[e] == xi {
			e++
		}
		// "Sunday's game": a date with a possessive dates its own noun only
		possessive := e < len(s.toks) && s.toks[e].Lower == "'s"
		if s.yearOfName(k, e) {
			continue // "join the 2008 Miami Dolphins as the only teams to win": the team's year
		}
		if s.modifiesNoun(k, e) {
			continue // "an office Christmas party", "the 2005 incident": the noun's date
		}
		if s.modifiesNounWide(k, e) {
			continue // dev13.go: "to announce the 2008 second-quarter earnings": the results' date
		}
		if k >= 2 && s.toks[k-1].Lower == "of" && s.isTrig[k-2] < 0 && s.tokTimex[k-2] < 0 && s.toks[k-2].Text == s.toks[k-2].Lower && !s.toks[k-2].Punct {
			continue // "the best movies of 2008 will be announced": the movies' year
		}
		best, bestD := -1, 1<<30
		for ti, tr := range s.trigs {
			if possessive && tr.i != e+1 {
				continue
			}
			if s.attributiveParticiple(tr) {
				continue // "On Monday, convicted mobster X died": the conviction is older
			}
			if scope[tr.i] != scope[k] {
				continue // "X, who carried out the killings, spoke on Saturday", "on Monday near the house where he was shot"
			}
			if s.sayAfterContent(tr, k, e) {
				continue // "the crash happened at 7 p.m. Friday, police said": the crash's date
			}
			if !possessive && s.topicOfTalk(tr) {
				continue // times_attr.go: "a call to discuss the announcement at 7:15 a.m.": the call's
			}
			if s.frameHas("statement", tr.t.Frame) && (tr.j <= k && s.complementBefore(tr.j, k) || e <= tr.i && s.quoteBetween(e, tr.i)) {
				continue // "police say he pointed a gun on Saturday": the date is the gun's
			}
			if s.parentheticalSay(tr, k, e) || s.complementOfVerb(tr, k, e) {
				continue // times.go: "Two years before, he said, an officer stopped him", "Yesterday, police explained that officers shot"
			}
			if s.openingDateOverVerb(tr, k, e) {
				continue // "On 23 October, the government gave a go-ahead to the Navy's request": the go-ahead's
			}
			if s.clauseBreakBetween(tr, k, e) || s.verbBetween(tr, k, e) {
				continue // "The city was calm on Sunday but youths attacked ...", "on Tuesday ordered execution for a man convicted of ..."
			}
			if s.frameHas("statement", tr.t.Frame) && tr.j <= k && s.quoteBetween(tr.j, k) {
				continue // `She added: "The focus for today ..."`
			}
			var d int
			switch {
			case tr.j <= k: // trigger before the date
				d = k - tr.j
				if s.trigBetween(tr.j, k) {
					continue
				}
				if s.dateInNounPhrase(k, e) {
					continue // "a sentence for a 2012 car crash case": the crash's year
				}
				if k > 0 && !isPrep(s.toks[k-1].Lower) && tx.Relative() && (s.verdictCrime(tr) || s.verdictCrimeWide(tr)) {
					continue // "found guilty of first-degree murder Thursday evening": the verdict's date ("of murdering X in June 2005" is the crime's)
				}
				if tr.t.Noun && s.copulaIn(tr.j, k) {
					continue // "the raid was a record of a marriage in January 2004": the marriage's
				}
				if k > tr.j && isAux(s.toks[k-1].Lower) && e < len(s.toks) && (s.looksVerb(e) || s.gerund(e) || isBe(s.toks[e].Lower)) {
					continue // "released ... was yesterday being questioned": the date is the other verb's
				}
			case tr.i >= e: // date before the trigger
				d = (tr.i - e) * 2
				if !tr.t.Noun && e < tr.i-1 && !s.toks[tr.i-1].Punct && s.tokMent[tr.i-1] < 0 && s.reducedPassive(tr, tr.i-1) {
					continue // "on Thursday during the trial of two men accused in": the trial's date
				}
				if tr.t.Noun && e < len(s.toks) && s.toks[e].Lower == "of" && tr.i <= e+2 && k > 0 && (s.gerund(k-1) || s.looksVerb(k-1)) {
					continue // "learning this morning of the death": the learning's date
				}
				if s.frameHas("offence", tr.t.Frame) && s.forCause(tr.i) {
					continue // "went on trial Wednesday for killing": the trial's date
				}
				if s.verdictCrime(tr) || s.verdictDateBefore(tr, k) {
					continue // "found X guilty Friday of killing his wife": the verdict's date; times_attr.go: "guilty of murder Thursday in the death of"
				}
				if s.trigBetween(e, tr.i) {
					if k == 0 || (k == 1 && isPrep(s.toks[0].Lower)) {
						d = 100 // fronted: "In July, X travelled"
					} else {
						continue
					}
				}
				// "Wednesday, just days after a powerful quake": the event
				// after "after" is the reference point, not dated by it
				if hasWordBetween(s.toks, e-1, tr.i, "after") || hasWordBetween(s.toks, e-1, tr.i, "before") || hasWordBetween(s.toks, e-1, tr.i, "since") || hasWordBetween(s.toks, e-1, tr.i, "following") {
					s.refused[ti] = true
					continue
				}
				// "a woman convicted of killing him 41 years ago was
				// released": a date that ends another verb's phrase
				if !(k == 0 || k == 1 && isPrep(s.toks[0].Lower)) && !tr.t.Noun && s.verbGroupAfter(e, tr.i) && s.verbPhraseBefore(k) {
					s.refused[ti] = true
					continue
				}
				if tr.t.Noun && s.embeddedDate(k, e, tr) {
					s.refused[ti] = true
					continue // statements.go: "charges he feigned illness in the 1990s, adding three years to his sentence"
				}
				// "the January 2026 meeting", "the June 20, 2005 attempted
				// murder": a date right before its noun
				if tr.t.Noun && (tr.i == e || tr.i-e <= 2 && k > 0 && s.toks[k-1].Lower == "the") {
					d = 0
				}
			default:
				continue
			}
			if d < bestD {
				best, bestD = ti, d
			}
		}
		if best >= 0 {
			if a := s.announcedPlanDate(best, xi); a >= 0 {
				best = a // "announced its intention to buy X on Monday": Monday's is the announcement
			}
			if a := s.statementOfNoun(best, k, e); a >= 0 {
				best = a // times_r2b.go: "confirmed the talks yesterday": the confirming's date
			}
			s.owner[xi] = best
		}
	}
}

// isPrefix reports a word prefix written before a hyphen ("re-signed",
// "co-founded"): the word after it is still a verb.
func isPrefix(w string) bool {
	switch w {
	case "re", "co", "pre", "un", "over", "out", "mis", "de", "non", "self", "counter", "cross", "double", "triple":
		return true
	}
	return false
}

// copulaIn reports a copula ("was a", "is the") in tokens [a, b).
func (s *sent) copulaIn(a, b int) bool {
	b = minInt(b, len(s.toks))
	for k := a; k < b; k++ {
		if isBe(s.toks[k].Lower) && s.toks[k].Lower != "get" && s.toks[k].Lower != "got" && k+1 < b && (s.toks[k+1].Lower == "a" || s.toks[k+1].Lower == "an" || s.toks[k+1].Lower == "the") {
			return true // a copula: "the raid was a record of ..."; not "the meeting was held"
		}
	}
	return false
}

// forCause reports "for" (past adverbs) right before the trigger at i: "on
// trial for killing", "arrested Friday for the murder" name the cause of
// another event.
func (s *sent) forCause(i int) bool {
	k := s.backOverModifiers(i, true)
	return k >= 0 && s.toks[k].Lower == "for"
}

// backOverModifiers returns the index of the first token before i that is
// not an adverb (nor, with dets, a determiner): the word that governs i.
func (s *sent) backOverModifiers(i int, dets bool) int {
	k := i - 1
	for k >= 0 && (isAdverb(s.toks[k].Lower) || strings.HasSuffix(s.toks[k].Lower, "ly") || dets && s.cue("determiner", k)) {
		k--
	}
	return k
}

// modifiesNoun reports a date at [k, e) used as a modifier of the common
// noun after it ("the 2005 incident", "a deadly office Christmas party"): it
// dates that noun, not an event elsewhere in the sentence. A date after a
// preposition or a verb ("on Friday police said") is no modifier.
func (s *sent) modifiesNoun(k, e int) bool {
	return s.modifiesNounAt(k, e, false)
}

// modifiesNounAt is modifiesNoun; with lower, a date in lower case may
// modify the noun too (the caller saw a possessive before it: "its
// second-quarter results").
func (s *sent) modifiesNounAt(k, e int, lower bool) bool {
	if e >= len(s.toks) || k == 0 {
		return false
	}
	if d := s.toks[k].Text; d == "" || !lower && !(d[0] >= 'A' && d[0] <= 'Z' || d[0] >= '0' && d[0] <= '9') {
		return false // "yesterday", "today" modify no noun: "signed an order yesterday allowing"
	}
	n := s.toks[e]
	if n.Lower == "'s" || strings.HasSuffix(n.Lower, "ing") || n.Punct || n.Text != n.Lower || s.isTrig[e] >= 0 || s.tokMent[e] >= 0 || s.tokTimex[e] >= 0 || isAux(n.Lower) || isBe(n.Lower) || isPrep(n.Lower) || isObjPrep(n.Lower) || s.looksVerb(e) || isAdverb(n.Lower) || strings.HasSuffix(n.Lower, "ly") || s.cue("say", e) || s.cue("clause-break", e) {
		return false
	}
	switch n.Lower {
	case "and", "or", "but", "to", "as", "than", "so", "the", "a", "an", "when", "where", "ago", "later", "earlier",
		"through", "amid", "via", "over", "under", "per", "around", "within", "without", "despite", "along", "throughout", "upon", "onto", "beyond", "behind", "following", "like", "off", "up", "down", "out":
		return false
	}
	if s.cue("statement-noun", e) {
		return false // "in an October interview, Reid said": the statement's date
	}
	if s.statementCompound(e) {
		return false // times_t14.go: "in a November 9 press conference, X stated"
	}
	// "the February 2007 presidential election": the event noun is the head
	for h := e; h < len(s.toks) && h < e+3; h++ {
		if s.isTrig[h] >= 0 {
			return false
		}
		if t := s.toks[h]; t.Punct || t.Text != t.Lower {
			break
		}
	}
	p := s.toks[k-1]
	if p.Punct || isPrep(p.Lower) || isObjPrep(p.Lower) || s.looksVerb(k-1) || s.isTrig[k-1] >= 0 || s.cue("say", k-1) {
		return false
	}
	return s.cue("determiner", k-1) || isAdjective(p.Lower) || p.Text == p.Lower
}

// verbPhraseBefore reports a verb, a verb trigger or an -ing form between
// the start of the clause and the date at k: the date ends that verb's
// phrase ("convicted of killing a man 41 years ago was released"), not the
// one after it.
func (s *sent) verbPhraseBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if t.Punct && t.Lower != "'" {
			return false
		}
		if s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 {
			continue
		}
		if s.isTrig[j] >= 0 && !s.trigs[s.isTrig[j]].t.Noun || s.looksVerb(j) && !isAux(t.Lower) {
			return true
		}
		if t.Text == t.Lower && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && t.Lower != "during" {
			return true
		}
	}
	return false
}

// verbGroupAfter reports that tokens [e, i) between a date and a verb
// trigger are only auxiliaries or adverbs ("41 years ago was released"): the
// date stands right before the verb group, at the end of what comes before.
func (s *sent) verbGroupAfter(e, i int) bool {
	for j := e; j < i; j++ {
		w := s.toks[j].Lower
		if w == "to" || !(isAux(w) || isBe(w) || isAdverb(w) || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return true
}

// quoteBetween reports a quotation mark in tokens [a, b).
func (s *sent) quoteBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.toks[k].Lower {
		case "\"", "“", "”":
			return true
		}
	}
	return false
}

// gapToDate returns the tokens [a, b) between a trigger and a date at
// [k, e), whichever comes first; ok is false for a date that opens the
// sentence before its trigger ("In July, X travelled"), which nothing
// between can take away.
func (s *sent) gapToDate(tr trig, k, e int) (a, b int, ok bool) {
	if tr.i < e {
		return tr.j, k, true
	}
	if k == 0 || k == 1 && isPrep(s.toks[0].Lower) {
		return 0, 0, false
	}
	return e, tr.i, true
}

// clauseBreakBetween reports a word that joins clauses ("but", "when",
// "because", ";") between a trigger and a date at [k, e), so that the date
// belongs to the other clause. A date that opens the sentence is exempt.
func (s *sent) clauseBreakBetween(tr trig, k, e int) bool {
	a, b, ok := s.gapToDate(tr, k, e)
	if !ok {
		return false
	}
	for j := a; j < b; j++ {
		if s.coordModalAt(j) {
			return true // statements.go: "lost ... and could tie the mark next week"
		}
		switch s.toks[j].Lower {
		case "but", "when", "because", "although", "though", "while", "whereas", ";", "until", "unless":
			return true
		case "and":
			if j+1 < b && (s.toks[j+1].Lower == "after" || s.toks[j+1].Lower == "before" || s.toks[j+1].Lower == "during" || s.toks[j+1].Lower == "following") {
				return true // "the raid on the compound and after a traffic stop in 2006": the stop's year
			}
			// "tweaked his knee last Thursday and coach Payton said": a
			// trigger with a subject of its own after "and" is another clause;
			// not "and" inside a title or a list of names ("President and
			// General Manager Billy King", "Cooley and Mayor Villaraigosa")
			if tr.i >= e && j > 0 && !startsUpper(s.toks[j-1].Text) && s.tokMent[j-1] < 0 && s.agentIn(j+1, tr.i) {
				return true
			}
		}
	}
	return false
}

// verbBetween reports a verb that is not a trigger between a trigger and a
// date at [k, e): the date is that verb's.
func (s *sent) verbBetween(tr trig, k, e int) bool {
	a, b, ok := s.gapToDate(tr, k, e)
	if !ok {
		return false
	}
	for j := a; j < b; j++ {
		if s.isTrig[j] < 0 && s.tokTimex[j] < 0 && s.tokMent[j] < 0 && (s.looksVerb(j) && !isAux(s.toks[j].Lower) || !tr.t.Noun && s.gerund(j) && !isBe(s.toks[j-1].Lower)) {
			return true
		}
	}
	return false
}

// quoteOpen reports an odd number of double quotes in tokens [a, b).
func (s *sent) quoteOpen(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		switch s.toks[k].Lower {
		case "\"", "“", "”":
			n++
		}
	}
	return n%2 == 1
}

// invertedSpeaker reports that mention mi after a verb of saying ending at j
// is its speaker, not the subject of what was said: only a title or modifiers
// stand between ("said local hospital director Hengky Tewu"), and the name
// ends the sentence or opens an apposition (", a spokesman for ...").
func (s *sent) invertedSpeaker(j, mi int) bool {
	st := tokenAt(s.toks, s.x.Mentions[mi].Start)
	for k := j; k < st; k++ {
		t := s.toks[k]
		if t.Punct || s.tokMent[k] >= 0 && s.tokMent[k] != mi || s.looksVerb(k) || isAux(t.Lower) || s.isPronoun(k) || s.cue("clause-break", k) || isSubordinator(t.Lower) || t.Lower == "that" || s.isTrig[k] >= 0 {
			return false
		}
	}
	e := s.mentionEnd(st)
	if e >= len(s.toks) {
		return true
	}
	switch s.toks[e].Lower {
	case ".", "!", "?", "\"", "”":
		return true
	case ",":
		return e+1 < len(s.toks) && (s.cue("determiner", e+1) || s.cue("person-noun", e+1) || s.cue("role", e+1) || s.relativeAfterSpeaker(e+1))
	}
	return false
}

// sourceHead returns the last word of a source phrase whose source word is
// at j, before the verb of saying at limit: the head comes last ("a family
// friend said"), past lower-case nouns but no adverb, preposition or
// determiner. With strict, names and verbs end it too.
func (s *sent) sourceHead(j, limit int, strict bool) int {
	end := j
	for end+1 < limit {
		t := s.toks[end+1]
		if t.Punct || t.Text != t.Lower || isAux(t.Lower) || isAdverb(t.Lower) || strings.HasSuffix(t.Lower, "ly") || isObjPrep(t.Lower) || isPrep(t.Lower) || s.cue("determiner", end+1) ||
			strict && (s.tokMent[end+1] >= 0 || s.looksVerb(end+1)) {
			break
		}
		end++
	}
	return end
}

// placeAsPerson reports a place given as the patient of a frame whose patient
// is a person ("the leader of a community in western Canada who ... was
// arrested" is no arrest of Canada).
func (s *sent) placeAsPerson(frame string, a *Arg) bool {
	return a != nil && a.Mention >= 0 && s.frameHas("person-patient", frame) && placeTypes[s.x.Mentions[a.Mention].Type]
}

// withoutBefore reports "without" right before the word at i, past adverbs.
func (s *sent) withoutBefore(i int) bool {
	k := s.backOverModifiers(i, false)
	return k >= 0 && s.toks[k].Lower == "without"
}

// gerund reports a lower-case -ing verb at j ("convicted for stabbing his
// wife in 1999": the date is the stabbing's), not a preposition or a noun in
// -ing.
func (s *sent) gerund(j int) bool {
	t := s.toks[j]
	if t.Text != t.Lower || len(t.Lower) <= 5 || !strings.HasSuffix(t.Lower, "ing") || strings.Contains(t.Lower, "-") {
		return false
	}
	switch t.Lower {
	case "during", "according", "following", "including", "regarding", "concerning", "pending", "notwithstanding", "morning", "evening", "something", "nothing", "anything", "everything", "building", "meeting", "hearing", "ceiling", "spring", "string", "wedding", "funding", "training", "ruling", "spending", "housing", "shooting", "bombing", "killing", "wording", "setting", "landing", "opening", "offering", "clothing", "parking", "beijing", "viking",
		"acting", "leading", "outgoing", "incoming", "growing", "ongoing", "remaining", "existing", "upcoming", "missing", "sitting", "reigning", "founding", "governing", "managing", "presiding", "visiting", "serving", "standing", "striking", "alarming", "amazing", "interesting", "surprising", "shocking", "stunning", "devastating", "daring":
		return false // adjectives: "named acting deputy prime minister in December"
	}
	return s.multiCue("role", j) == 0
}

// complementBefore reports the start of a reported clause in tokens [a, b):
// "that", a subject pronoun or a verb.
func (s *sent) complementBefore(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.toks[k].Lower {
		case "that", "he", "she", "they", "it", "we", "i", "you", "whether", "if":
			return true
		case "to":
			if k > a && s.cue("plan-noun", k-1) {
				return true // "announced plans to open a plant next year": the opening's year
			}
		}
		if s.looksVerb(k) || isAux(s.toks[k].Lower) && s.toks[k].Lower != "to" || s.isTrig[k] >= 0 && !s.trigs[s.isTrig[k]].t.Noun {
			return true
		}
		if t := s.toks[k]; t.Text == t.Lower && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && t.Lower != "during" {
			return true // "accused of murdering two women in 1967"
		}
	}
	return false
}

// referencePoint reports a date at k that follows "after", "before" or
// "until" in its phrase ("two years after that day in October").
func (s *sent) referencePoint(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := s.toks[j]
		if t.Punct || s.isTrig[j] >= 0 || s.looksVerb(j) {
			return false
		}
		switch t.Lower {
		case "after", "before", "until":
			return true
		}
	}
	return false
}

// family2 groups frames whose nouns restate their verbs ("met ... for talks",
// "travel ... for talks").
func family2(f string) string {
	if f == "visit" || f == "meet" {
		return "encounter"
	}
	return f
}

// inScope reports whether token k is inside the scope of an ordinal: after
// "since" in its phrase, or "this year/month".
func (s *sent) inScope(k int) bool {
	t := s.toks[k].Lower
	if t == "this" && k+1 < len(s.toks) && (s.toks[k+1].Lower == "year" || s.toks[k+1].Lower == "month") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := s.toks[j].Lower
		if w == "since" {
			return true
		}
		if s.toks[j].Punct || s.isTrig[j] >= 0 && j < k-1 && !s.trigs[s.isTrig[j]].t.Noun {
			return false
		}
	}
	return false
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "at", "by", "since", "during", "until", "from", "after", "before":
		return true
	}
	return false
}

// trigBetween reports a trigger starting in tokens [a, b).
func (s *sent) trigBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.isTrig[k] >= 0 {
			return true
		}
	}
	return false
}

// timeOf returns the time of trigger ti: the nearest expression it owns.
func (s *sent) timeOf(ti int) (*Time, int) {
	best, bestD := -1, 1<<30
	tr := s.trigs[ti]
	for xi, owner := range s.owner {
		if owner != ti {
			continue
		}
		tx := s.x.Timexes[xi]
		d := tx.Start - s.toks[tr.i].Start
		if d < 0 {
			d = -d
		}
		if d < bestD || d == bestD && xi < best {
			best, bestD = xi, d
		}
	}
	if best < 0 {
		return nil, -1
	}
	return timexTime(best, s.x.Timexes[best]), best
}

func (s *sent) eventClaim(ti int, tr trig) *Claim {
	toks := s.toks
	c := &Claim{Sentence: s.idx, Predicate: tr.t.Frame, Trigger: s.x.Article.Text[toks[tr.i].Start:toks[tr.j-1].End], Modality: Asserted, Nominal: tr.t.Noun, trigAt: toks[tr.i].Start}
	start, end := tr.i, tr.j
	scopeFrom := tr.j
	cend := s.clauseEnd(tr.j)
	passive, commonPatient := false, false
	if !tr.t.Noun {
		k := tr.i - 1
		for k >= 0 && (strings.HasSuffix(toks[k].Lower, "ly") && s.tokMent[k] < 0 || isAdverb(toks[k].Lower) || toks[k].Lower == "now" || toks[k].Lower == "also" || toks[k].Lower == "later" || s.cue("negation", k)) && !toks[k].Punct {
			k--
		}
		if k >= 0 && isParticiple(tr.t, toks[tr.i].Lower) && !isBe(toks[k].Lower) && !isAux(toks[k].Lower) && s.otherSense(k, tr.t.Frame) && s.tokMent[k] < 0 {
			return nil // "a statement released by the team": a fixed sense
		}
		passive = k >= 0 && isBe(toks[k].Lower) && (isParticiple(tr.t, toks[tr.i].Lower) || s.sameFormParticiple(tr, k))
		if !passive && tr.j < len(toks) && toks[tr.j].Lower == "by" && isParticiple(tr.t, toks[tr.i].Lower) && (k < 0 || !isAux(toks[k].Lower)) {
			passive = true // a reduced relative: "The trip, announced by SANA,"
		}
		if tr.t.Form && isBe(tr.t.Words[0]) {
			passive = true // "was named"
		}
		coordActive := false
		if k >= 1 && (toks[k].Lower == "and" || toks[k].Lower == "or") && s.looksVerb(k-1) {
			// a verb joined to another takes its voice: "was shot and killed" is
			// passive, "whom Fred LaRue shot and killed" active
			b := s.backOverModifiers(k-1, false)
			coordActive = !(b >= 0 && isBe(toks[b].Lower))
		}
		if !passive && !coordActive && (s.reducedPassive(tr, k) || s.asPassive(tr, k)) {
			passive = true
			if w := toks[k]; k >= 0 && k == tr.i-1 && s.tokMent[k] < 0 && w.Text == w.Lower && !w.Punct && w.Lower != "and" && w.Lower != "or" && w.Lower != "but" && !isPrep(w.Lower) && !isObjPrep(w.Lower) && !s.cue("determiner", k) && !isAdverb(w.Lower) && !s.isPronoun(k) && s.tokTimex[k] < 0 {
				commonPatient = true // "documents and files seized during a raid": the files
			}
			// "a statement released yesterday": a fixed sense ("released a
			// statement"), not the event of the frame
			if k >= 0 && s.otherSense(k, tr.t.Frame) {
				return nil
			}
		}
	}
	if tr.t.Noun {
		if tr.t.Frame == "visit" && tr.j < len(toks) && toks[tr.j].Lower == "with" {
			c.Predicate = "meet" // "a long visit with him": a talk, not a trip
		}
		s.nounArgs(c, tr, cend)
	} else {
		// arguments of a verb stop at the first comma or dash ("confirmed
		// that X will host ..., the paper would like to offer advice to Y")
		vend := tr.j
		for vend < cend && toks[vend].Lower != "-" && toks[vend].Lower != "—" {
			if toks[vend].Lower == "," && (s.tokTimex[vend-1] >= 0 || vend+1 < cend && s.tokTimex[vend+1] >= 0) {
				vend++ // "on Wednesday, March 18, on his second trip to Warsaw"
				continue
			}
			if toks[vend].Lower == "," {
				// an apposition ("met with his counterpart, Vladimir Putin,") or
				// a place phrase (", in Moscow") goes on
				if vend+1 < cend && (s.tokMent[vend+1] >= 0 && !s.agentIn(tr.j, vend) && !s.clauseSubject(vend+1) || isPlacePrep(toks[vend+1].Lower)) {
					vend++
					continue
				}
				break
			}
			vend++
		}
		cend = vend
		if s.frameHas("statement", tr.t.Frame) {
			// "Bower said the colonists settled in the Palmer area": what was
			// said has its own places and objects
			for k := tr.j; k < cend; k++ {
				if s.complementBefore(k, k+1) {
					cend = k
					break
				}
			}
		}
		subj := s.subjectLeft(tr.i)
		if tr.t.Frame == "say" {
			if mi, _ := s.appositionSpeaker(tr.i); mi >= 0 {
				subj = s.argOf(mi) // "X, a spokesman for Y, told": X speaks
			}
			if subj == nil {
				subj = s.commonSpeakerArg(tr) // attrib2.go: "The company said"
			}
		}
		if commonPatient {
			subj = nil
		}
		if k := s.backOverModifiers(tr.i, false); k >= 0 && s.tokMent[k] >= 0 && isParticiple(tr.t, toks[tr.i].Lower) {
			if st := s.mentionStart(k); st > 0 && toks[st-1].Lower == "with" || st > 1 && toks[st-2].Lower == "with" && toks[st-1].Text != toks[st-1].Lower {
				subj, passive = s.argOf(s.tokMent[k]), true // "with Mr Jenkin arrested shortly afterwards"
			}
		}
		if passive {
			c.Object = subj
			if s.placeAsPerson(tr.t.Frame, subj) {
				c.Object = nil // "the leader of a community in western Canada who ... was arrested"
			}
			if by, _ := s.prepArg(tr.j, cend, []string{"by"}, agentTypes); by != nil {
				c.Subject = by
			}
		} else {
			c.Subject = subj
			obj, _ := s.objectRight(tr.j, cend, nil)
			if obj != nil && s.frameHas("place-object", tr.t.Frame) && placeTypes[s.x.Mentions[obj.Mention].Type] {
				c.Place = obj
			}
			if obj != nil {
				// an object reached only through a preposition is not the object
				// ("travelled to Moscow" → place; "met with Putin" → object)
				k := tokenAt(toks, obj.Start) - 1
				for k > tr.j && (toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an") {
					k--
				}
				if k >= tr.j && isObjPrep(toks[k].Lower) && toks[k].Lower != "with" {
					obj = nil
				}
			}
			if tr.t.Frame == "say" && obj != nil && (!strings.HasPrefix(tr.t.Base, "tell") || tokenAt(toks, obj.Start) > tr.j+1 || tokenAt(toks, obj.Start) == tr.j+1 && !s.cue("determiner", tr.j)) {
				// only "told X" has an object: the one told, right after the verb;
				// "said X was charged" names the subject of what was said
				obj = nil
			}
			if obj != nil && s.frameHas("statement", tr.t.Frame) && tr.t.Frame != "say" {
				// "announced X will take over": X is the subject of what was announced
				if e := s.mentionEnd(tokenAt(toks, obj.Start)); e < len(toks) && (isAux(toks[e].Lower) || s.looksVerb(e) || toks[e].Lower == ",") {
					obj = nil
				}
			}
			if s.frameHas("intransitive", tr.t.Frame) || s.frameHas("no-patient", tr.t.Frame) {
				obj = nil // "jolted Indonesia's Maluku": a place, no patient
			}
			if s.placeAsPerson(tr.t.Frame, obj) {
				obj = nil
			}
			c.Object = obj
		}
		if s.frameHas("statement", tr.t.Frame) && !(tr.j < len(toks) && (toks[tr.j].Lower == "in" || toks[tr.j].Lower == "at")) {
			cend = tr.j // "police said the blaze at the store in Banstead": not where they said it
		}
		if c.Place == nil {
			preps := []string{"in", "at", "near"}
			if s.frameHas("to-place", tr.t.Frame) {
				preps = []string{"in", "to", "at", "into", "near"}
			}
			if s.frameHas("from-place", tr.t.Frame) {
				preps = append(preps, "from")
			}
			c.Place, _ = s.prepArg(tr.j, s.commaPhraseEnd(tr.j, cend), preps, placeTypes)
		}
		if c.Object == nil && !s.frameHas("intransitive", tr.t.Frame) && !s.frameHas("person-patient", tr.t.Frame) {
			// "met with X", "fought against X"; not "confirmed to X" (the one
			// told) nor "requested help from X" (a source), nor "hurt his knee
			// against the Panthers"
			c.Object, _ = s.prepArg(tr.j, cend, []string{"with", "against"}, agentTypes)
			if c.Object != nil && c.Place != nil && c.Object.Mention == c.Place.Mention {
				c.Object = nil
			}
		}
		// an adverb ordinal: "first visited", "for the first time"
		if tr.i > 0 {
			if v, ok := s.lex.cues["ordinal"][toks[tr.i-1].Lower]; ok && v != "" && v[0] >= '1' && v[0] <= '9' {
				c.Ordinal, c.OrdinalRaw = atoi(v), toks[tr.i-1].Text
				start = tr.i - 1
			}
		}
		// an ordinal on the noun that restates the verb: "met Putin in
		// Moscow, the first such meeting since ..."
		if n := tr.restated; n > 0 && c.Ordinal == 0 {
			for k := n - 1; k > tr.j && k >= n-3; k-- {
				if v, ok := s.lex.cues["ordinal"][toks[k].Lower]; ok && v != "" && v[0] >= '1' && v[0] <= '9' {
					c.Ordinal, c.OrdinalRaw = atoi(v), toks[k].Text
					scopeFrom = n + 1
					end = n + 1
					break
				}
				if toks[k].Punct || s.tokMent[k] >= 0 {
					break
				}
			}
		}
	}
	if s.roleTaking(c, tr) || s.succeedsPerson(tr) {
		return nil // "Ann Roe takes over the show": a role, no purchase
	}
	if c.Subject != nil && c.Subject.Mention >= 0 && s.frameHas("person-agent", tr.t.Frame) && s.x.Mentions[c.Subject.Mention].Type != "PERSON" {
		c.Subject = nil // "Internet Explorer can then quit": no one resigns
	}
	if c.Subject != nil && c.Object != nil && c.Subject.Mention >= 0 && c.Object.Mention >= 0 && s.x.Mentions[c.Subject.Mention].Local == s.x.Mentions[c.Object.Mention].Local {
		c.Subject = nil // one name in two roles: a pronoun resolved to the object ("He won a Tony Award")
	}
	// an imperative ("For the full list, visit ProPublica") claims nothing
	if head, _, _ := strings.Cut(tr.t.Base, " "); !tr.t.Noun && c.Subject == nil && toks[tr.i].Lower == head && (tr.i == 0 || toks[tr.i-1].Lower == ",") && !s.headline {
		return nil
	}
	// a checkable claim names who or what it is about: a named participant, an
	// ordinal of a known kind of event, or a dated event at a named place
	_, xi := s.timeOf(ti)
	c.anchored = c.Subject != nil && c.Subject.Mention >= 0 || c.Object != nil && c.Object.Mention >= 0 ||
		c.Ordinal != 0 || xi >= 0 || c.Place != nil || c.Subject != nil && tr.t.Frame == "say"
	c.Time, _ = s.timeOf(ti)
	c.Negated = s.negated(tr.i) || tr.t.Frame == "say" && tr.j < len(toks) && (toks[tr.j].Lower == "nothing" || toks[tr.j].Lower == "little")
	if c.Negated && s.negated(tr.i) && s.noWayBefore(tr.i) {
		c.Negated = false // "no way he would not have told me": he told me
	}
	if tr.t.Frame == "say" && s.withoutBefore(tr.i) {
		return nil // "checked in without really saying why": nothing was said
	}
	c.Modality = s.modality(tr)
	if (c.Modality == Asserted || c.Modality == Reported) && s.purposePlanned(tr) {
		c.Modality = Planned // purpose.go: "is set to travel to Warsaw to sign a deal"
	}
	if m, ok := s.gerundSubjectModal(tr); ok && (c.Modality == Asserted || c.Modality == Reported) {
		c.Modality = m // modality2.go: "Acquiring the firm could yield savings"
	}
	if s.pastPlan(tr) && (c.Modality == Asserted || c.Modality == Reported) {
		c.Modality = Planned // modality2.go: "Microsoft was to release a patch yesterday"
	}
	if m, neg, ok := s.coordModal(tr); ok && c.Modality != Planned {
		c.Modality, c.Negated = m, c.Negated || neg // "can't play like that and win"
	}
	if m, ok := s.nounModal(tr); ok && (c.Modality == Asserted || c.Modality == Reported) {
		c.Modality = m // "a win would've cost them the pick"; "the announcement may come as early as May 14, the source said"
	}
	if s.attributiveParticiple(tr) && c.Modality != Planned {
		c.Modality = Asserted // "asked them to send convicted double-murderer X to his death": the conviction is presupposed, not asked for
	}
	if c.Modality == Hedged && s.narrativeWould(tr) {
		c.Modality = Asserted // "would go on to win the title in 2005": it happened
	}
	if m, ok := s.nounModalAfter(tr); ok && (c.Modality == Asserted || c.Modality == Reported) {
		c.Modality = m // "a release likely for late 2009"
	}
	if c.Modality == Asserted && c.Time != nil && c.Time.Timex >= 0 {
		if w := strings.ToLower(s.x.Timexes[c.Time.Timex].Text); strings.HasPrefix(w, "later this") || strings.HasPrefix(w, "next ") || strings.HasPrefix(w, "tomorrow") || strings.HasPrefix(w, "this coming") {
			c.Modality = Planned // "who steps down later this year": still to come
		}
	}
	inverted := false
	if tr.t.Frame == "say" && tr.i >= 4 && toks[tr.i-1].Lower == "," && !s.quoteBefore(tr.i) && !strings.HasPrefix(toks[tr.i].Lower, "tel") && toks[tr.i].Lower != "told" {
		// "..., whose head was crushed, said hospital director Hengky Tewu":
		// the name after the verb speaks, what was said comes before
		if mi := s.speakerAfter(tr.j); mi >= 0 && s.x.Mentions[mi].Type == "PERSON" && s.invertedSpeaker(tr.j, mi) {
			c.Subject, inverted = s.argOf(mi), true
			start = 0
		}
	}
	if tr.t.Frame == "say" && !inverted {
		// a statement needs what was said: a complement of a few words
		rest := 0
		for k := tr.j; k < len(toks); k++ {
			if !toks[k].Punct {
				rest++
			}
		}
		if c.Subject == nil || rest < 4 {
			return nil
		}
	}
	if tr.t.Frame == "say" && !inverted && s.contentBeforeSpeaker(tr, c.Subject) {
		start = 0 // "The car was stolen, police said, and then ...": what was said is before
	}
	if tr.t.Frame == "say" && c.Subject != nil {
		c.Attribution = c.Subject.Text
		if c.Subject.Mention >= 0 {
			c.Attribution = s.x.Mentions[c.Subject.Mention].Name
		}
		// a statement covers its complement, to the end of the sentence: a
		// full stop inside it ends an abbreviation ("Comeaux Jr., 49, took")
		end = len(toks)
		for end > cend && strings.Contains(".!?,;:\"”'’…-—", toks[end-1].Lower) {
			end--
		}
		if end < cend {
			end = cend
		}
		if end < len(toks) && s.quoteOpen(tr.j, end) {
			for k := end; k < len(toks); k++ {
				if w := toks[k].Lower; w == "\"" || w == "”" {
					end = k + 1 // keep the closing quote: `"within weeks"`
					break
				}
				if !toks[k].Punct {
					break
				}
			}
		}
	}
	// scope of an ordinal: "since assuming power", "since the fall of X"
	if c.Ordinal != 0 {
		for k := scopeFrom; k < len(toks) && k < scopeFrom+8; k++ {
			if toks[k].Lower == "since" || (toks[k].Lower == "this" && k+1 < len(toks) && (toks[k+1].Lower == "year" || toks[k+1].Lower == "month")) {
				e := k + 1
				for e < len(toks) && toks[e].Lower != "," && toks[e].Lower != ";" && toks[e].Lower != "." && toks[e].Lower != "-" {
					e++
				}
				c.Scope = s.x.Article.Text[toks[k].Start:toks[e-1].End]
				end = maxInt(end, e)
				break
			}
		}
	}
	// the evidence span: the trigger with its arguments and time
	sp := [2]int{toks[start].Start, toks[end-1].End}
	for _, a := range []*Arg{c.Subject, c.Object, c.Place} {
		if a != nil && a.Start >= s.start && a.End <= s.end && (a.Start >= sp[0]-160) {
			sp[0], sp[1] = minInt(sp[0], a.Start), maxInt(sp[1], a.End)
		}
	}
	if c.Time != nil && c.Time.Timex >= 0 {
		tx := s.x.Timexes[c.Time.Timex]
		sp[0], sp[1] = minInt(sp[0], tx.Start), maxInt(sp[1], tx.End)
	}
	c.Start, c.End = sp[0], sp[1]
	return c
}

// nounArgs fills the arguments of an event noun ("his second official visit
// to Russia", "the fall of Bashar al-Assad's regime", "Assad's extradition").
func (s *sent) nounArgs(c *Claim, tr trig, cend int) {
	toks := s.toks
	// a nationality right before the noun names the doer for some frames:
	// "under Russian asylum", "the US withdrawal"
	if tr.i > 0 && s.tokMent[tr.i-1] >= 0 && s.x.Mentions[s.tokMent[tr.i-1]].Type == "NORP" && s.frameHas("norp-agent", tr.t.Frame) {
		c.Subject = s.argOf(s.tokMent[tr.i-1])
	}
	// modifiers before the noun: ordinal, possessor, determiner
	possessed := false // the object is the possessor: "Assad's ouster"
	k := tr.i - 1
	for ; k >= 0 && k >= tr.i-5; k-- {
		t := toks[k]
		if v, ok := s.lex.cues["ordinal"][t.Lower]; ok {
			if v != "" && v[0] >= '1' && v[0] <= '9' {
				c.Ordinal = atoi(v)
			}
			if c.OrdinalRaw == "" {
				c.OrdinalRaw = t.Text
			}
			continue
		}
		if t.Lower == "'s" && k > 0 && s.tokMent[k-1] >= 0 {
			arg := s.argOf(s.tokMent[k-1])
			if s.frameHas("patient-possessor", tr.t.Frame) {
				c.Object, possessed = arg, true
			} else {
				c.Subject = arg
			}
			break
		}
		if s.isPronoun(k) && (t.Lower == "his" || t.Lower == "her") {
			if arg := s.pronounArg(k); arg != nil {
				if s.frameHas("patient-possessor", tr.t.Frame) {
					c.Object, possessed = arg, true
				} else {
					c.Subject = arg
				}
			}
			break
		}
		if s.tokTimex[k] >= 0 || isAdjective(t.Lower) || (!t.Punct && s.tokMent[k] < 0 && !s.cue("determiner", k) && t.Lower != "and" && t.Lower != "of" && t.Lower != "in") || t.Punct && isQuoteText(t.Text) && s.possessorBefore(tr.i) {
			if s.tokMent[k] < 0 && t.Lower != "such" && !isAdjective(t.Lower) && s.tokTimex[k] < 0 && strings.ContainsAny(t.Lower, "0123456789") {
				break
			}
			continue
		}
		break
	}
	// arguments after the noun, within its noun phrase
	cend = s.nounPhraseEnd(tr.j, cend)
	ofEnd := cend
	if !s.frameHas("no-patient", tr.t.Frame) {
		ofEnd = s.reducedRelativeAt(tr.j, cend) // "charges brought upon members of X": not X's
	}
	if arg, _ := s.prepArg(tr.j, ofEnd, []string{"of"}, agentTypes); arg != nil && c.Object == nil && !s.placeAsPerson(tr.t.Frame, arg) {
		if s.frameHas("no-patient", tr.t.Frame) {
			// "a quake off the coast of Aceh", "the fire two miles east of
			// Cobb": an event with no patient; a place after "of" locates it
			if placeTypes[s.x.Mentions[arg.Mention].Type] && c.Place == nil {
				c.Place = arg
			}
		} else {
			c.Object = arg
		}
	}
	if possessed && c.Subject == nil {
		s.possessorActs(c, tr, cend)
	}
	if arg, _ := s.prepArg(tr.j, cend, []string{"with", "between"}, agentTypes); arg != nil && c.Object == nil && !s.withOfOtherNoun(tr.j, arg) {
		c.Object = arg
	}
	preps := []string{"in", "at", "near"}
	if s.frameHas("to-place", tr.t.Frame) {
		preps = []string{"to", "in", "at", "from", "near"} // "his visit to Russia"; not "a loss to Chicago"
	}
	if arg, _ := s.prepArg(tr.j, cend, preps, placeTypes); arg != nil {
		c.Place = arg
	}
	// a reduced relative names the place: "The meeting, held at the Kremlin,"
	if c.Place == nil && cend+2 < len(toks) && toks[cend].Lower == "," {
		switch toks[cend+1].Lower {
		case "held", "hosted", "staged", "convened":
			e := cend + 2
			for e < len(toks) && e < cend+8 && !toks[e].Punct {
				e++
			}
			c.Place, _ = s.prepArg(cend+2, e, []string{"in", "at"}, placeTypes)
		}
	}
	if c.Object == nil && tr.t.Frame == "grant-asylum" {
		c.Object, _ = s.prepArg(tr.j, cend, []string{"to"}, agentTypes)
	}
	if lv := s.lightVerbBefore(tr.i); c.Subject == nil && c.Object == nil && lv >= 0 && !s.resultComplement(lv, tr) {
		// "X is reportedly seeking the extradition", "X paid a visit": the
		// subject of a light verb is the noun's; of another verb it is not
		// ("X rebuffed calls", "Y avoided any attack")
		if sub := s.subjectLeft(lv); sub != nil && tr.i-tokenAt(toks, sub.End) <= 6 {
			c.Subject = sub
		}
	}
}

// clauseSubject reports a mention at k followed by a verb: the subject of a
// new clause (", India said"), not an apposition.
func (s *sent) clauseSubject(k int) bool {
	e := s.mentionEnd(k)
	return e < len(s.toks) && (s.looksVerb(e) || isAux(s.toks[e].Lower) || s.cue("say", e) || s.isTrig[e] >= 0)
}

// agentIn reports a mention that can be a participant in tokens [a, b).
func (s *sent) agentIn(a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.tokMent[k]; m >= 0 && typeOK(agentTypes, s.x.Mentions[m]) {
			if e := s.mentionEnd(k); e < len(s.toks) && s.toks[e].Lower == "'s" {
				k = e // a possessor: "Russia's ally"
				continue
			}
			return true
		}
	}
	return false
}

// isSubordinator lists words that are prepositions before a noun but open a
// clause before a subject ("since al-Sharaa's forces ousted Assad").
func isSubordinator(w string) bool {
	switch w {
	case "since", "after", "before", "until":
		return true
	}
	return false
}

func isPlacePrep(w string) bool {
	switch w {
	case "in", "at", "to", "near", "inside", "outside":
		return true
	}
	return false
}

// lightVerbBefore reports a light verb ("paid", "held", "launched") within
// the three words before an event noun at i, with only determiners and
// modifiers between.
func (s *sent) lightVerbBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if s.cue("light-verb", k) {
			return k
		}
		if t.Punct || s.tokMent[k] >= 0 || s.isTrig[k] >= 0 {
			return -1
		}
	}
	return -1
}

// nounPhraseEnd bounds the prepositional phrases of an event noun: they stop
// at a comma, a participle or gerund ("engaging", "following"), or another
// trigger.
func (s *sent) nounPhraseEnd(j, end int) int {
	for k := j; k < end; k++ {
		t := s.toks[k]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "-" || s.isTrig[k] >= 0 || s.copulaIn(k, k+2) {
			return k // "the raid was a record of X's marriage in 2004": not the raid's
		}
		if s.tokMent[k] < 0 && s.tokTimex[k] < 0 && strings.HasSuffix(t.Lower, "ing") && len(t.Lower) > 5 && t.Lower != "during" {
			return k
		}
	}
	return end
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// negated: a negation within the three words before the trigger.
func (s *sent) negated(i int) bool {
	n := 0
	for k := i - 1; k >= 0 && n < 4; k-- {
		t := s.toks[k]
		if t.Punct {
			if t.Lower == "-" && k > 0 && s.toks[k-1].Lower == "no" {
				continue // "no - one has been hurt"
			}
			break
		}
		n++
		if s.cue("negation", k) && t.Lower != "without" && (n < 4 || t.Lower == "no") {
			return true // four words back only for "no one else was hurt"
		}
	}
	// a subject that is a negative quantifier: "No member of the board
	// would comment", "Nobody at the bank was hurt"; not a verb of another
	// clause ("No militants were inside a school attacked by ...")
	j := i - 1
	if j >= 0 && (s.cue("light-verb", j) || s.toks[j].Lower == "add" || s.toks[j].Lower == "give" || s.toks[j].Lower == "offer") {
		j-- // "would add comment", "would make an arrest"
	}
	for j >= 0 && (isAux(s.toks[j].Lower) || isBe(s.toks[j].Lower) || isAdverb(s.toks[j].Lower) || strings.HasSuffix(s.toks[j].Lower, "ly")) {
		j--
	}
	for k := j; k >= 0; k-- {
		t := s.toks[k]
		if k < j && (isBe(t.Lower) || isAux(t.Lower) && t.Lower != "to") {
			return false
		}
		if k == 0 || t.Punct && t.Lower != "'s" && t.Lower != "'" || s.cue("clause-break", k) || s.isTrig[k] >= 0 || s.looksVerb(k) && k < i-1 && !isBe(t.Lower) {
			st := k
			if k > 0 || t.Punct {
				st = k + 1
			}
			if st < i {
				switch s.toks[st].Lower {
				case "no", "nobody", "none", "neither":
					return !(st+1 < len(s.toks) && s.toks[st+1].Lower == "matter") // not "no matter how many"
				}
			}
			return false
		}
	}
	return false
}

// modality looks at the words before the trigger in its clause and at
// sentence-wide cues ("reportedly", "according to").
func (s *sent) modality(tr trig) string {
	toks := s.toks
	from := tr.i - 6
	if from < 0 {
		from = 0
	}
	for k := tr.i - 1; k >= from; k-- {
		if toks[k].Lower == ";" || toks[k].Lower == "," && (k < tr.i-2 || tr.t.Frame == "say") || s.isTrig[k] >= 0 || toks[k].Lower == "that" || toks[k].Lower == "who" || toks[k].Lower == "which" {
			from = k + 1 // "more had been expected from a team that signed X"
			break
		}
	}
	// likely: a hedging adverb ("will likely lose", "presumably will"),
	// which makes a forecast of the future
	planned, hedged, reported, likely := false, false, false, false
	for k := from; k < tr.i; k++ {
		w := toks[k].Lower
		if n := s.multiCue("planned", k); n > 0 && !s.willName(k) {
			if w == "to" && n == 1 {
				// a bare "to" is future only in headlines ("X to meet Y") and
				// after a plan word ("plans to", "set to")
				if s.headline && k == tr.i-1 {
					planned = true
				}
				continue
			}
			if w == "is" || w == "are" || w == "was" {
				if n == 1 {
					continue
				}
			}
			planned = true
		}
		if s.multiCue("hedged", k) > 0 && !s.compoundHedge(k, tr) && !s.monthMay(k) && !(w == "if" && s.presupposedInIf(tr)) && !s.parentheticalIf(k) && !s.whObjectSubject(k, tr) {
			hedged = true
			if strings.HasSuffix(w, "ly") || w == "perhaps" || w == "maybe" {
				likely = true
			}
		}
		if s.cue("reported", k) {
			reported = true
		}
	}
	if s.plannedModifier(tr) {
		planned = true // "the upcoming visit", "a forthcoming $2 billion acquisition"
	}
	if !hedged && s.conditional(tr) && !s.presupposedInIf(tr) {
		hedged = true
	}
	if !tr.t.Noun && tr.i >= 2 && (toks[tr.i-1].Lower == "is" || toks[tr.i-1].Lower == "are" || toks[tr.i-1].Lower == "'s") && hasWordBetween(toks, from-1, tr.i, "when") {
		planned = true // "faces life in prison when he is sentenced": still to come
	}
	if !reported && tr.t.Frame != "say" {
		// sentence-wide cues; not for the statement itself ("Armstead told
		// jurors about the shooting, which was allegedly sparked by ..."), and
		// an adverb only before the event ("convicted in Utah for his role in
		// allegedly arranging marriages": the arranging is alleged)
		for k := range toks {
			if (toks[k].Lower == "reportedly" || toks[k].Lower == "allegedly") && k < tr.i && !s.prenominalAdverb(k) || (toks[k].Lower == "according" && k+1 < len(toks) && toks[k+1].Lower == "to" && !s.inSourceRelative(k, tr.i)) {
				reported = true
			}
		}
	}
	switch {
	case planned && !likely:
		return Planned
	case hedged:
		return Hedged
	case reported:
		return Reported
	}
	return Asserted
}

// attribution finds who the sentence says asserts its content: "according to
// X", "X said", "Reuters quoted a source as saying", "analysts believe".
// It returns the source, the span of the attribution phrase, the token of the
// verb of saying, and whether the attribution closes the sentence (", Putin
// said"), in which case it covers what comes before it; otherwise it covers
// what comes after.
func (s *sent) attribution() (string, [2]int, int, bool) {
	return s.attributionFrom(0)
}

// attributionFrom is attribution looking for a verb of saying from token
// from on ("according to" only when from is 0): a sentence may have a second
// speaker after the first ("X said ..., but Y said that ...", "... then he
// testified ..., Howell said"), see laterAttribution in attrib3.go.
func (s *sent) attributionFrom(from int) (string, [2]int, int, bool) {
	toks := s.toks
	for k := 0; from == 0 && k+1 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			e := k + 2
			for e < len(toks) && !toks[e].Punct && s.tokTimex[e] < 0 && toks[e].Lower != "on" && toks[e].Lower != "that" {
				e++
			}
			if c := s.accordingSourceEnd(k+2, e); c < e {
				// the source ends before the clause it speaks for; the phrase too
				src := strings.TrimPrefix(s.x.Article.Text[toks[k+2].Start:toks[c-1].End], "the ")
				return src, [2]int{toks[k].Start, toks[c-1].End}, -1, false
			}
			if e > k+2 {
				src := s.x.Article.Text[toks[k+2].Start:toks[e-1].End]
				src = strings.TrimPrefix(strings.TrimPrefix(src, "reports from "), "the ")
				end := e
				for end < len(toks) && !toks[end].Punct {
					end++
				}
				return src, [2]int{toks[k].Start, toks[end-1].End}, -1, false
			}
		}
	}
	for k := from; k < len(toks); k++ {
		if s.tokMent[k] >= 0 || !s.cue("say", k) || s.isTrig[k] >= 0 && s.trigs[s.isTrig[k]].t.Frame != "say" && !s.announcesThat(k) || s.otherSense(k+1, "say") {
			continue
		}
		if k > 0 && isBe(toks[k-1].Lower) {
			continue // "the ministry is reported to be on fire": no one says it
		}
		if s.infinitiveSay(k) {
			continue // statements.go: "called police to tell them what she had done"
		}
		if s.refusedAt(k) {
			continue // attrib2.go: "X wouldn't say when the talks began": X reports nothing
		}
		if s.nounObjectSay(k) {
			continue // r2a.go: "X expected more from a team that had signed Y": no report
		}
		if a, ok := s.elidedWhSubject(k); ok {
			// r2a.go: "X wouldn't say when Y and Z began talks but said ...": X
			if a == nil {
				continue
			}
			return s.x.Mentions[a.Mention].Name, [2]int{a.Start, toks[k].End}, k, false
		}
		// "X, a spokesman for Y, said": X speaks; "He said ...": the one he is
		if mi, st := s.appositionSpeaker(k); mi >= 0 {
			return s.x.Mentions[mi].Name, [2]int{toks[st].Start, toks[k].End}, k, closesSentence(toks, st) && !s.complementAfter(k)
		}
		if name, st, ok := s.pronounSource(k); ok {
			return name, [2]int{toks[st].Start, toks[k].End}, k, closesSentence(toks, st) && !s.complementAfter(k)
		}
		// source before the verb: a name, or a source word with its modifiers;
		// not past a pronoun that is the speaker ("the browser, which it said")
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if w := toks[j].Lower; w == "it" || w == "they" || w == "he" || w == "she" || w == "we" || w == "i" || w == "which" || w == "who" {
				break
			}
			if toks[j].Punct && toks[j].Lower != "'" {
				break
			}
			if mi := s.tokMent[j]; mi >= 0 && s.nameModifiesNoun(mi, s.mentionEnd(j)) && s.mentionEnd(j) == k-1 {
				// "the Alaska governor told": the governor speaks, not Alaska
				ms := s.mentionStart(j)
				return s.x.Article.Text[toks[ms].Start:toks[k-1].End], [2]int{toks[ms].Start, toks[k].End}, k, closesSentence(toks, ms) && !s.complementAfter(k)
			}
			if mi := s.tokMent[j]; mi >= 0 {
				ms := s.mentionStart(j)
				// "a Syrian government source": a nationality is a modifier
				if s.x.Mentions[mi].Type == "NORP" {
					continue
				}
				if e := s.mentionEnd(j); e+1 < k && (toks[e].Lower == "'s" || toks[e].Lower == "'") {
					// "Lohan's attorney said": the attorney speaks, not Lohan; "New
					// Zealand's highest peak said" names no speaker
					if h := k - 1; s.cue("person-noun", h) || s.cue("source", h) || mention.IsTitle(toks[h].Lower) || s.cue("role", h) {
						return s.x.Article.Text[toks[ms].Start:toks[k-1].End], [2]int{toks[ms].Start, toks[k].End}, k, closesSentence(toks, ms) && !s.complementAfter(k)
					}
					break
				}
				if a, ok := s.sourceInPlace(ms, j); ok {
					return a.Text, [2]int{a.Start, toks[k].End}, k, closesSentence(toks, tokenAt(toks, a.Start)) && !s.complementAfter(k)
				}
				if t := s.x.Mentions[mi].Type; t == "LOC" || t == "FACILITY" {
					break // a place does not speak
				}
				if pm, pst := s.personFromOrg(ms); pm >= 0 && s.x.Mentions[mi].Type != "PERSON" {
					// r2a.go: "X from the UN Relief and Works Agency said": X
					return s.x.Mentions[pm].Name, [2]int{toks[pst].Start, toks[k].End}, k, s.closesAfterTitles(pst, k) && !s.complementAfter(k)
				}
				st := ms
				if m := s.x.Mentions[mi]; m.TitleStart > 0 && m.TitleStart < m.Start {
					if ts := tokenAt(toks, m.TitleStart); ts < ms {
						st = ts // `"...," Sergeant Tim Fanning said`: the phrase starts at the title
					}
				}
				return s.x.Mentions[mi].Name, [2]int{toks[st].Start, toks[k].End}, k, s.closesAfterTitles(ms, k) && !s.complementAfter(k)
			}
			if s.cue("source", j) {
				st := j
				for st > 0 && !toks[st-1].Punct && (s.tokMent[st-1] >= 0 || s.isModifier(toks[st-1].Lower)) {
					st--
				}
				if st > 0 && (toks[st-1].Lower == "a" || toks[st-1].Lower == "an" || toks[st-1].Lower == "the") {
					st--
				}
				if s.sourceAfterBy(st) {
					break // statements.go
				}
				st = s.coordinatedSourceStart(st) // attrib3.go: "officials and witnesses said"
				end := s.sourceHead(j, k, true)
				return s.x.Article.Text[toks[st].Start:toks[end].End], [2]int{toks[st].Start, toks[k].End}, k, closesSentence(toks, st) && !s.complementAfter(k)
			}
			if st := s.commonSpeaker(j, k); st >= 0 {
				// attrib2.go: "The company said it had held discussions"
				return s.x.Article.Text[toks[s.skipArticle(st)].Start:toks[j].End], [2]int{toks[st].Start, toks[k].End}, k, closesSentence(toks, st) && !s.complementAfter(k)
			}
		}
		// "X issued a statement, saying that ...": X says what follows
		if a := s.participleSayer(k); a != nil {
			return a.Text, [2]int{a.Start, toks[k].End}, k, false
		}
		// "..., said Putin", "..., said Biancardi's attorney, James
		// Zeszutek"; not "..., told Orozco" (the one told)
		if k > 0 && toks[k-1].Punct && !strings.HasPrefix(toks[k].Lower, "tel") && toks[k].Lower != "told" && !s.complementAfter(k) {
			if mi := s.speakerAfter(k + 1); mi >= 0 {
				return s.x.Mentions[mi].Name, [2]int{toks[k].Start, s.x.Mentions[mi].End}, k, true
			}
		}
	}
	return "", [2]int{}, 0, false
}

// speakerAfter returns the speaker named after a verb of saying at token j:
// the person of the phrase ("Academy spokeswoman Leslie Unger"), past a
// possessor ("Biancardi's attorney, James Zeszutek"), else its first name;
// -1 when none.
func (s *sent) speakerAfter(j int) int {
	first, person := -1, -1
	for k := j; k < len(s.toks) && k < j+8; k++ {
		t := s.toks[k]
		if t.Punct && t.Lower != "," || t.Lower == "," && (first >= 0 || person >= 0 || k+1 >= len(s.toks) || s.tokMent[k+1] < 0) {
			break
		}
		mi := s.tokMent[k]
		if mi < 0 {
			if isObjPrep(t.Lower) && t.Lower != "of" {
				// "said the 29-year-old on the eve of the Open": not the
				// Open; "said Ann Pike in an interview with Zoe Ball": not
				// the interviewer
				break
			}
			continue
		}
		e := s.mentionEnd(k)
		if e < len(s.toks) && s.toks[e].Lower == "'s" {
			k = e // a possessor: the speaker comes after
			continue
		}
		if s.x.Mentions[mi].Type == "PERSON" {
			person = mi // the last one: "said France Telecom spokesman Louis-Michel Aymard"
		} else if first < 0 && s.x.Mentions[mi].Type != "NORP" {
			first = mi
		}
		k = e - 1
	}
	if person >= 0 {
		return person
	}
	return first
}

// closesSentence: the attribution starts after a comma or a closing quote.
func closesSentence(toks []token, st int) bool {
	return st > 0 && (toks[st-1].Lower == "," || toks[st-1].Lower == "\"")
}

// isModifier reports a word that may stand before a source word in its
// phrase ("senior government officials", "federal officials", "industry
// sources"): cue class source-modifier.
func (s *sent) isModifier(w string) bool {
	_, ok := s.lex.cues["source-modifier"][w]
	return ok
}

// quoteMark returns the offset and byte length of the first quotation mark
// in text[from:to], straight or curly; -1 when there is none.
func quoteMark(text string, from, to int) (int, int) {
	i := strings.IndexAny(text[from:to], "\"“”")
	if i < 0 {
		return -1, 0
	}
	if text[from+i] == '"' {
		return from + i, 1
	}
	return from + i, len("“")
}

// quoteClaim builds a quote claim from a sentence with quoted words and a
// verb of saying with its speaker.
func (s *sent) quoteClaim(tr trig) (Claim, bool) {
	text := s.x.Article.Text
	q1, n1 := quoteMark(text, s.start, s.end)
	if q1 < 0 {
		return Claim{}, false
	}
	q2, _ := quoteMark(text, q1+n1, s.end)
	if q2 < 0 {
		return Claim{}, false
	}
	quote := strings.TrimSpace(text[q1+n1 : q2])
	if len(strings.Fields(quote)) < 3 {
		return Claim{}, false
	}
	// the verb of saying stands next to the quote: `"...," X said`, `X said:
	// "..."`; not "added to their "15 Most Wanted" list"
	d1, d2 := tokenAt(s.toks, q1)-tr.j, tr.i-tokenAt(s.toks, q2+1)
	if d1 < 0 && (d2 < 0 || d2 > 4) || d1 > 3 {
		return Claim{}, false
	}
	for k := tr.j; d1 >= 0 && k < tr.j+d1; k++ {
		if w := s.toks[k].Lower; w != ":" && w != "," && w != "that" {
			return Claim{}, false
		}
	}
	c := Claim{Sentence: s.idx, Predicate: "quote", Trigger: s.toks[tr.i].Text, Quote: strings.TrimRight(quote, ","), Modality: Asserted, Start: s.start, End: s.end}
	// the speaker: before the verb ("Putin said", "a senior source told SANA"),
	// or right after it when it follows the quote (", said Putin")
	for j := tr.i - 1; j >= 0 && j >= tr.i-4 && c.Subject == nil; j-- {
		if s.toks[j].Punct {
			break
		}
		if s.toks[j].Lower == "and" {
			// "shook hands with lawyers and said": the first verb's subject
			c.Subject = s.subjectLeft(tr.i)
			break
		}
		if mi, _ := s.appositionSpeaker(tr.i); mi >= 0 {
			c.Subject = s.argOf(mi) // "X, a spokesman for Y, told TIME: ..."
		} else if mi := s.tokMent[j]; mi >= 0 && s.x.Mentions[mi].Type != "NORP" {
			c.Subject = s.argOf(mi)
		} else if s.isPronoun(j) && (s.toks[j].Lower == "he" || s.toks[j].Lower == "she") {
			c.Subject = s.pronounArg(j)
		} else if s.cue("source", j) {
			st := j
			for st > 0 && !s.toks[st-1].Punct && (s.isModifier(s.toks[st-1].Lower) || s.tokMent[st-1] >= 0 || s.toks[st-1].Lower == "a" || s.toks[st-1].Lower == "the") {
				st--
			}
			end := s.sourceHead(j, tr.i, false)
			c.Subject = &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[st].Start:s.toks[end].End], Start: s.toks[st].Start, End: s.toks[end].End}
		}
	}
	if c.Subject == nil && tr.i > 0 && s.toks[tr.i-1].Punct {
		// ", said Academy spokeswoman Leslie Unger"
		if mi := s.speakerAfter(tr.j); mi >= 0 {
			c.Subject = s.argOf(mi)
		}
	}
	if c.Subject == nil {
		return Claim{}, false
	}
	c.Attribution = c.Subject.Text
	if c.Subject.Mention >= 0 {
		c.Attribution = s.x.Mentions[c.Subject.Mention].Name
	}
	if ti := s.isTrig[tr.i]; ti >= 0 {
		c.Time, _ = s.timeOf(ti)
	}
	return c, true
}

// titleClaims: a title bound to a person ("Syrian Interim President Ahmad
// al-Sharaa"), and a role after a role verb ("has governed Syria as interim
// president since early 2025", "was formally appointed president later that
// year").
func (s *sent) titleClaims() []Claim {
	var out []Claim
	seen := map[string]bool{}
	for k := 0; k < len(s.toks); k++ {
		mi := s.tokMent[k]
		if mi < 0 {
			continue
		}
		m := s.x.Mentions[mi]
		k = s.mentionEnd(k) - 1
		if e := s.mentionEnd(k); e+1 < len(s.toks) && s.toks[e].Lower == "." && s.toks[e].End == s.toks[e+1].Start-1 && !strings.Contains(m.Name, " ") {
			continue // "spokesperson Const. Tim Fanning": an abbreviation, not a name
		}
		if m.Title == "" || m.Type != "PERSON" || seen[m.Title+"\x00"+m.Name] || !startsUpper(m.Name) {
			continue // "of the Interior Ken Salazar" is a name cut in the wrong place
		}
		seen[m.Title+"\x00"+m.Name] = true
		start := m.TitleStart
		if start < 0 || start > m.Start { // 0 is a title at the very start of the text
			start = m.Start
		}
		out = append(out, Claim{Sentence: s.idx, Predicate: "title", Trigger: m.Title, Start: start, End: m.End,
			Subject: s.argOf(mi), Object: &Arg{Mention: -1, Text: m.Title, Start: m.TitleStart, End: m.TitleEnd}, Modality: Asserted})
	}
	// role verbs
	for k := 0; k < len(s.toks); k++ {
		if !s.cue("role-verb", k) {
			continue
		}
		r := k + 1
		for r < len(s.toks) && (strings.HasSuffix(s.toks[r].Lower, "ly") || s.toks[r].Lower == "as" || s.toks[r].Lower == "in") && r < k+3 {
			r++
		}
		// "governed Syria as X": skip the object; "confirmed Kovalenko as X",
		// "named Smith X": the person named holds the title
		var holder *Arg
		if r < len(s.toks) && s.tokMent[r] >= 0 {
			mi := s.tokMent[r]
			e := s.mentionEnd(r)
			if s.x.Mentions[mi].Type == "PERSON" {
				holder = s.argOf(mi)
			}
			if e < len(s.toks) && s.toks[e].Lower == "as" {
				r = e + 1
			} else if holder != nil {
				r = e
			} else {
				continue
			}
		}
		n := s.roleSpan(r)
		if n == 0 {
			continue
		}
		// the role is a title, not the start of a name ("named President Smith")
		if r+n < len(s.toks) && s.tokMent[r+n] >= 0 {
			continue
		}
		role := strings.ToLower(s.x.Article.Text[s.toks[r].Start:s.toks[r+n-1].End])
		c := Claim{Sentence: s.idx, Predicate: "title", Trigger: s.toks[k].Text, Object: &Arg{Mention: -1, Text: role, Start: s.toks[r].Start, End: s.toks[r+n-1].End}, Modality: Asserted}
		c.Subject = holder
		if c.Subject == nil {
			c.Subject = s.subjectLeft(k)
		}
		if c.Subject == nil {
			continue
		}
		start, end := s.toks[k].Start, s.toks[r+n-1].End
		// the time: a date owned by no trigger, after the role ("since early 2025", "later that year")
		for e := r + n; e < len(s.toks) && e < r+n+5; e++ {
			if xi := s.tokTimex[e]; xi >= 0 {
				tx := s.x.Timexes[xi]
				if tx.Type == "DATE" {
					c.Time = &Time{Timex: xi, Value: tx.Value, Mod: tx.Mod, Interval: tx.Interval, Source: "clause"}
					end = tx.End
				}
				break
			}
			if s.toks[e].Punct || s.toks[e].Lower == "and" {
				break
			}
		}
		c.Start, c.End = start, end
		c.Negated = s.negated(k)
		out = append(out, c)
	}
	return out
}

// modifierAt reports a lower-case noun at e, right after a name: the name
// modifies it ("Detroit broadcast stations", "an Atlanta judge").
func (s *sent) modifierAt(e int) bool {
	n := s.toks[e]
	return !n.Punct && s.tokMent[e] < 0 && s.tokTimex[e] < 0 && n.Text == n.Lower && !isObjPrep(n.Lower) && !isAux(n.Lower) && !s.looksVerb(e) &&
		n.Lower != "and" && n.Lower != "or" && n.Lower != "as" && n.Lower != "that" && s.isTrig[e] < 0 && !strings.HasSuffix(n.Lower, "ly")
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// facilityClaims: named facilities not already arguments of a claim
// ("access to its strategic military installations, including the Hmeimim Air
// Base and Tartus Naval Base").
func (s *sent) facilityClaims(done []Claim) []Claim {
	used := map[int]bool{}
	for _, c := range done {
		for _, a := range []*Arg{c.Subject, c.Object, c.Place} {
			if a != nil && a.Mention >= 0 {
				used[a.Mention] = true
			}
		}
	}
	var objs []Arg
	var owner *Arg
	for k := 0; k < len(s.toks); k++ {
		mi := s.tokMent[k]
		if mi < 0 {
			continue
		}
		m := s.x.Mentions[mi]
		e := s.mentionEnd(k)
		if m.Type == "FACILITY" && !used[mi] {
			// a list is names joined by commas and "and": "the Hmeimim Air
			// Base and the Tartus Naval Base", not two places far apart
			if len(objs) == 1 && owner == nil && !s.listBetween(tokenAt(s.toks, objs[0].End), k) {
				objs = objs[:0]
			}
			objs = append(objs, *s.argOf(mi))
		}
		if m.Type == "GPE" && e < len(s.toks) && s.toks[e].Lower == "'s" && owner == nil && len(objs) == 0 {
			// the owner of the facility named next: "Russia's naval base in
			// Tartous", not "Macomb County's Bruce Township, ... at Beaumont
			// Hospital"
			near := false
			for n := e + 1; n < len(s.toks) && n < e+7 && !s.toks[n].Punct; n++ {
				if m2 := s.tokMent[n]; m2 >= 0 && s.x.Mentions[m2].Type == "FACILITY" || s.toks[n].Lower == "base" || s.toks[n].Lower == "bases" {
					near = true
					break
				}
			}
			if near {
				owner = s.argOf(mi)
			}
		}
		k = e - 1
	}
	// a lone facility name is a mention, not a claim; an owner ("Russia's
	// naval base in Tartous") or a list of them is
	if len(objs) == 0 || owner == nil && len(objs) < 2 || owner == nil && s.streetCorner(objs) {
		return nil
	}
	c := Claim{Sentence: s.idx, Predicate: "facility", Trigger: objs[0].Text, Subject: owner, Object: &objs[0], Objects: objs[1:], Modality: Asserted,
		Start: objs[0].Start, End: objs[len(objs)-1].End}
	return []Claim{c}
}

// listBetween reports only list words ("," "and" "the") in tokens [a, b).
func (s *sent) listBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.toks[k].Lower {
		case ",", "and", "the", "its", "their", "as", "well":
		default:
			return false
		}
	}
	return true
}

// inheritTimes gives claims without a time of their own one from context: an
// event noun with a definite article ("The meeting, held at the Kremlin")
// takes the time of the last claim of its frame in the paragraph; a past-tense
// event takes the paragraph's last event time; statements and quotes
// ("has said", "said") take the publication date; an undated event told in
// the lead ("Sharaa met Putin in Moscow") took place around publication, which
// its month contains.
func inheritTimes(x *Extraction, cs []Claim, skip map[int]bool) {
	a := x.Article
	lastByFrame := map[string]*Time{}
	var lastBlock = -1
	var lastPara *Time
	lastParaSent, lastParaEnd := -1, 0
	lastParaPred, lastParaMod := "", ""
	lastFrameSent := map[string]int{}
	lead := leadSentences(a)
	for i := range cs {
		c := &cs[i]
		blk := a.Sentences[c.Sentence].Block
		if blk != lastBlock {
			lastBlock, lastPara = blk, nil
			lastByFrame = map[string]*Time{}
			lastFrameSent = map[string]int{}
		}
		event := c.Predicate != "title" && c.Predicate != "facility" && c.Predicate != "quote" && c.Predicate != "say" && c.Predicate != "age" && c.Predicate != "quantity"
		if c.Time == nil && !skip[i] {
			switch {
			case c.Predicate == "quote" || c.Predicate == "say" || c.Predicate == "deny" || c.Predicate == "comment":
				c.Time = publicationTime(x.Published, "day")
			case lastByFrame[c.Predicate] != nil && event && c.Modality != Planned && (lastFrameSent[c.Predicate] != c.Sentence || c.Nominal):
				// a verb does not take the date of a verb of its kind in the
				// same sentence: "won an Emmy in 2005 ... he won a Tony" are two
				// events; a noun restates one ("arrived ... for his second visit")
				t := *lastByFrame[c.Predicate]
				t.Source = "paragraph"
				c.Time = &t
			case lastPara != nil && event && c.Modality != Planned && (c.Sentence == lastParaSent+1 || c.Sentence == lastParaSent && (joinedIn(a.Text, lastParaEnd, c.trigAt) && (c.Predicate != lastParaPred || c.Nominal || c.Subject == nil) || c.Nominal && !clauseBreakIn(a.Text, lastParaEnd, c.trigAt))):
				// the next sentence goes on with the dated event ("X arrived
				// on Monday. He met Y ..."), and so does a verb joined to it
				// ("travel to Warsaw on Wednesday to sign"), but not one past a
				// clause break ("met X earlier this month, but that was before
				// Y signed Z"); a verb of the same kind with a subject of its
				// own in the same sentence is another event ("won an Emmy in
				// 2005 ... -- he won a Tony")
				t := *lastPara
				t.Source = "paragraph"
				c.Time = &t
			case lastPara != nil && event && c.Modality == Planned && lastParaMod == Planned && c.Sentence == lastParaSent && joinedIn(a.Text, lastParaEnd, c.trigAt):
				// a plan joined to a dated plan ("is set to travel to Warsaw
				// on Wednesday to sign a deal") is due the same day
				t := *lastPara
				t.Source = "paragraph"
				c.Time = &t
			case event && !c.Nominal && c.Modality != Planned && lead[c.Sentence]:
				c.Time = publicationTime(x.Published, "month")
			}
		}
		if c.Time != nil && c.Time.Source == "clause" {
			t := *c.Time
			lastByFrame[c.Predicate], lastFrameSent[c.Predicate] = &t, c.Sentence
			if event {
				lastPara, lastParaSent, lastParaEnd, lastParaPred, lastParaMod = &t, c.Sentence, c.trigAt, c.Predicate, c.Modality
			}
		}
	}
}

// joinedIn reports a verb joined to the one before it in text[a:b]: "and" or
// "to" between them ("travel to Warsaw on Wednesday to sign", "met X on
// Monday and signed"), and no clause break ("but that was before", "who").
func joinedIn(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b || clauseBreakIn(text, a, b) {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(text[a:b]), ",") {
		return true // a participle after a comma: "returned on Wednesday ..., signing"
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text[a:b]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "and" || w == "to" {
			return true
		}
	}
	return false
}

// clauseBreakIn reports a word that opens another clause ("but", "before",
// "when", "which", ...) or a semicolon in text[a:b]; an empty or reversed
// range has none.
func clauseBreakIn(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text[a:b]), func(r rune) bool { return !unicode.IsLetter(r) && r != ';' }) {
		switch w {
		case "but", "before", "after", "when", "while", "because", "although", "though", "since", "until", "whereas", "which", "who", "whom", "whose", "where", "that", "if", "unless", ";":
			return true
		}
		if strings.Contains(w, ";") {
			return true
		}
	}
	return false
}

// leadSentences marks the headline and the first two sentences of the body.
func leadSentences(a *corpus.Article) map[int]bool {
	lead := map[int]bool{}
	n := 0
	for i := range a.Sentences {
		switch a.SentenceKind(i) {
		case corpus.Headline:
			lead[i] = true
		case corpus.Paragraph:
			if n < 2 {
				lead[i] = true
			}
			n++
		}
	}
	return lead
}

// publicationTime is the time of something told as of publication: a
// statement (grain "day": the publication date as it is) or an event dated
// only by being reported (grain "month"). With the publication date unknown
// it has no value yet; Reresolve fills it in.
func publicationTime(p timex.Published, grain string) *Time {
	t := &Time{Timex: -1, Source: "publication", Grain: grain, Value: p.Value, Interval: p.Interval}
	if grain == "month" && len(p.Value) >= 7 && !p.Interval.IsZero() {
		b := p.Interval.Begin
		m := time.Date(b.Year(), b.Month(), 1, 0, 0, 0, 0, time.UTC)
		t.Value, t.Interval = m.Format("2006-01"), timex.Interval{Begin: m, End: m.AddDate(0, 1, 0)}
	}
	return t
}
