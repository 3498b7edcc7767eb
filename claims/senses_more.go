package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

// Senses, sources and dates decided by the phrase around a trigger: "May"
// the month, money "added", open compound adjectives, served sentences.
// Found on the d19 development sample (ECB+ topics 1–19, seed 1919).

// monthMay reports a "May" at k that is the month, not the modal: written
// with a capital inside a date the time finder took ("On May 3 the
// department announced", "a May announcement"). The modal never starts a
// date, so such a "May" hedges nothing.
func (s *sent) monthMay(k int) bool {
	return k < len(s.toks) && s.toks[k].Lower == "may" && s.toks[k].Text == "May" && s.tokTimex[k] >= 0
}

// addedAmount reports an "add" trigger ending at j whose object is an amount
// of money or a number of units ("added another $20,000 to the reward",
// "adds 5 percent", "added $2 million"): a sum was added, nothing was said.
// Over "another", "an extra", "a further", "nearly" and the like.
func (s *sent) addedAmount(j int) bool {
	if j < 1 || j >= len(s.toks) || !strings.HasPrefix(s.toks[j-1].Lower, "add") {
		return false
	}
	return s.amountAt(j)
}

// accordingSourceEnd cuts the source of "according to" that no comma closes
// ("According to Woodburn police an officer arrived at the bank"): a
// determiner or a subject pronoun right after a name or a source noun opens
// the clause that is attributed, so the source ends there. It returns e (the
// end found by punctuation) when no such word comes first.
func (s *sent) accordingSourceEnd(from, e int) int {
	for x := from + 1; x < e; x++ {
		switch s.toks[x].Lower {
		case "the", "a", "an", "he", "she", "they", "it", "we", "i":
		default:
			continue
		}
		if p := x - 1; s.tokMent[x] < 0 && (s.tokMent[p] >= 0 && s.mentionEnd(p) == x || s.cue("source", p)) {
			return x
		}
	}
	return e
}

// relaysStatement returns the closing speaker who relays the statement
// claim c at trigger tr ("LaCalamita said nothing after officers surrounded
// him, Pickell said"): a name after a comma, then a verb of saying that ends
// the sentence or its clause. The inner statement is his report, so it takes
// his attribution; its own speaker stays its subject. It returns "" when
// there is none or he is the statement's own speaker.
func (s *sent) relaysStatement(c *Claim, tr trig) (string, [2]int) {
	if tr.t.Frame != "say" || c.Subject == nil {
		return "", [2]int{}
	}
	n := len(s.toks)
	for k := tr.j; k+2 < n; k++ {
		if s.toks[k].Lower != "," {
			continue
		}
		st := k + 1 // over a title the name finder left out ("Sheriff Ann Lee")
		for st < n && st < k+4 && s.tokMent[st] < 0 && (mention.IsTitle(s.toks[st].Lower) || s.cue("role", st)) {
			st++
		}
		if st >= n || s.tokMent[st] < 0 {
			continue
		}
		mi := s.tokMent[st]
		e := s.mentionEnd(st)
		if e >= n || !s.cue("say", e) || s.isTrig[e] < 0 || e+1 < n && !s.toks[e+1].Punct {
			continue
		}
		m := s.x.Mentions[mi]
		if m.Type != "PERSON" && m.Type != "ORG" {
			return "", [2]int{}
		}
		if c.Subject.Mention >= 0 && s.x.Mentions[c.Subject.Mention].Name == m.Name || c.Subject.Text == m.Name {
			return "", [2]int{}
		}
		return m.Name, [2]int{s.toks[k+1].Start, s.toks[e].End}
	}
	return "", [2]int{}
}

// openCompoundAdjective reports an -ing trigger at i written without the
// hyphen of a compound adjective ("Oscar winning screenwriter Simon
// Beaufoy", "award winning director"): a word before it, and right after it
// a title, role or noun of a person that it describes, or a noun right
// before a person's name. "Spain winning the
// cup" keeps its event: a determiner follows.
func (s *sent) openCompoundAdjective(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || !strings.HasSuffix(s.toks[i].Lower, "ing") {
		return false
	}
	p := s.toks[i-1]
	if p.Punct || isBe(p.Lower) || isAux(p.Lower) || s.cue("determiner", i-1) || isObjPrep(p.Lower) || s.cue("pronoun", i-1) {
		return false
	}
	n := i + 1
	if s.tokMent[n] >= 0 {
		// a work's name between: "Oscar winning Slumdog Millionaire screenwriter Simon Beaufoy"
		e := s.mentionEnd(n)
		if e+1 >= len(s.toks) || s.toks[e].Text != s.toks[e].Lower || s.tokMent[e+1] < 0 || s.x.Mentions[s.tokMent[e+1]].Type != "PERSON" {
			return false
		}
		n = e
	}
	if w := s.toks[n].Lower; s.toks[n].Punct || s.tokMent[n] >= 0 || isObjPrep(w) || isPrep(w) || s.cue("clause-break", n) || s.cue("determiner", n) || w == "and" || w == "or" {
		return false
	}
	if mention.IsTitle(s.toks[n].Lower) || s.cue("role", n) || s.cue("person-noun", n) || s.cue("source", n) {
		return true
	}
	// a noun of a trade bound to a person's name ("screenwriter Simon Beaufoy")
	return s.toks[n].Text == s.toks[n].Lower && n+1 < len(s.toks) && s.tokMent[n+1] >= 0 && s.x.Mentions[s.tokMent[n+1]].Type == "PERSON"
}

// pronounInOpenQuote reports an argument that is a pronoun inside a quote
// opened in an earlier sentence: no quote mark before it in this sentence,
// and a closing mark after it that a verb of saying follows (`In his own
// words, he said it's not his DNA," said Ann Lee`). Such a "he" is someone
// the speaker talks about; who it is cannot be told from the names around.
func (s *sent) pronounInOpenQuote(a *Arg) bool {
	if a == nil {
		return false
	}
	k := tokenAt(s.toks, a.Start)
	if k >= len(s.toks) || !s.isPronoun(k) {
		return false
	}
	for j := 0; j < k; j++ {
		switch s.toks[j].Lower {
		case "\"", "“", "”":
			return false
		}
	}
	for j := k + 1; j < len(s.toks); j++ {
		switch s.toks[j].Lower {
		case "\"", "”":
		default:
			continue
		}
		x := j + 1
		for x < len(s.toks) && s.toks[x].Punct {
			x++
		}
		if x < len(s.toks) && s.tokMent[x] >= 0 {
			x = s.mentionEnd(x)
		}
		return x < len(s.toks) && s.cue("say", x)
	}
	return false
}

// widenNorpSubject makes a name that only modifies the subject's noun
// ("which the Indian navy had announced", "the Alaska Governor said") into
// the whole phrase: the navy acts, not "Indian"; the governor speaks, not
// Alaska (nameModifiesNoun). An attribution that named the name names the
// phrase too.
func (s *sent) widenNorpSubject(c *Claim) {
	a := c.Subject
	if a == nil || a.Mention < 0 {
		return
	}
	k := tokenAt(s.toks, a.Start)
	if k >= len(s.toks) || s.tokMent[k] != a.Mention {
		return
	}
	e := s.mentionEnd(k)
	if !s.nameModifiesNoun(a.Mention, e) {
		return
	}
	old := s.x.Mentions[a.Mention].Name
	c.Subject = &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[k].Start:s.toks[e].End], Start: s.toks[k].Start, End: s.toks[e].End}
	if c.Attribution == old || c.Attribution == a.Text {
		c.Attribution = c.Subject.Text
	}
}

// nameModifiesNoun reports a name mi whose phrase is followed at e by the noun it
// modifies: a source or proxy noun after a nationality ("Indian navy"), a
// role or title after a place, a nationality or an organization ("Alaska
// governor", "Acme spokesman"), with no name of a person after it (then the
// title is the person's: "Alaska Governor Sarah Palin").
func (s *sent) nameModifiesNoun(mi, e int) bool {
	if e >= len(s.toks) || s.tokMent[e] >= 0 || s.toks[e].Punct {
		return false
	}
	if e+1 < len(s.toks) && s.tokMent[e+1] >= 0 {
		return false
	}
	switch s.x.Mentions[mi].Type {
	case "NORP":
		return s.toks[e].Text == s.toks[e].Lower && (s.cue("source", e) || s.cue("proxy", e)) || s.cue("role", e)
	case "GPE", "ORG":
		return s.cue("role", e) || mention.IsTitle(s.toks[e].Lower)
	}
	return false
}

// presupposedInIf reports an event noun with a definite determiner that is
// the subject of a past verb in an "if" clause ("she was sorry if the fire
// was connected to her campaign"): the clause supposes something about the
// fire; that there was a fire it takes as known.
func (s *sent) presupposedInIf(tr trig) bool {
	if !tr.t.Noun || tr.i < 1 || tr.j >= len(s.toks) {
		return false
	}
	switch s.toks[tr.i-1].Lower {
	case "the", "this", "that":
	default:
		return false
	}
	switch s.toks[tr.j].Lower {
	case "was", "were", "had":
		return true
	}
	return false
}

// servedSentence reports a "sentence" noun that is the object of "serve"
// ("returned to prison in June 1999 to serve a life sentence", "is serving
// three life sentences"): serving it is a state that began after the
// sentencing, so no date of the clause dates the sentencing. A date inside
// the noun phrase ("serving a 1999 sentence") still would; none is taken.
func (s *sent) servedSentence(tr trig) bool {
	if w := s.toks[tr.i].Lower; tr.t.Frame != "sentence" || w != "sentence" && w != "sentences" {
		return false // the noun, however the trigger was read: "is serving three life sentences"
	}
	for k := tr.i - 1; k >= 0 && k >= tr.i-5; k-- {
		w := s.toks[k].Lower
		if strings.HasPrefix(w, "serv") {
			return true
		}
		if s.toks[k].Punct && w != "-" || s.tokTimex[k] >= 0 || isObjPrep(w) {
			return false
		}
	}
	return false
}

// openingDateOverVerb reports a date at [k, e) that opens the sentence ("On
// 23 October, the government gave a go-ahead to the Navy's request") and an
// event noun after a verb that is no trigger and no light verb, as what a
// preposition of its object is about ("to", "of", "for"): the date is that
// verb's (the go-ahead was given then); the request is older. After a
// light verb ("On Tuesday the rebels launched an attack") the noun is the
// event and keeps the date.
func (s *sent) openingDateOverVerb(tr trig, k, e int) bool {
	if !tr.t.Noun || tr.i < e || !(k == 0 || k == 1 && isPrep(s.toks[0].Lower)) {
		return false
	}
	// the noun is what the verb's object is about ("a go-ahead to the
	// request", "found guilty of murder"), not where or when it happened
	// ("during a visit", "was on fire")
	p := tr.i - 1
	for p >= e && (s.cue("determiner", p) || s.toks[p].Lower == "'s" || s.tokMent[p] >= 0 || isAdjective(s.toks[p].Lower) || s.cue("ordinal", p)) {
		p--
	}
	if p < e {
		return false
	}
	switch s.toks[p].Lower {
	case "to", "of", "for", "against", "with":
	default:
		return false
	}
	for j := e; j < tr.i; j++ {
		if s.isTrig[j] >= 0 || s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 || isAux(s.toks[j].Lower) || isBe(s.toks[j].Lower) || s.cue("light-verb", j) {
			continue
		}
		if s.looksVerb(j) {
			return true
		}
	}
	return false
}

// otherSenseByPhrase holds the senses the d19 sample showed that the trigger word
// alone cannot tell: a plural after a quantifier is a noun ("California and
// other states the right to regulate": no statement), and "flight" with a
// word of air travel before it is a plane trip ("getting on a flight back to
// New York"), no escape. j is the end of the trigger.
func (s *sent) otherSenseByPhrase(j int, frame string) bool {
	if j < 1 || j > len(s.toks) {
		return false
	}
	t := j - 1
	switch frame {
	case "say":
		w := s.toks[t].Lower
		// "says" is never a noun; a capitalized quantifier is part of a name ("BBC Two says")
		return t >= 1 && strings.HasSuffix(w, "s") && w != "says" && s.toks[t-1].Text == s.toks[t-1].Lower && s.cue("plural-quantifier", t-1)
	case "flee":
		if s.toks[t].Lower != "flight" {
			return false
		}
		p := t - 1
		for p >= 0 && (s.toks[p].Lower == "a" || s.toks[p].Lower == "an" || s.toks[p].Lower == "the" || s.toks[p].Lower == "her" || s.toks[p].Lower == "his" || s.toks[p].Lower == "their") {
			p--
		}
		return p >= 0 && p < t && s.cue("air-travel-before", p) || j < len(s.toks) && s.cue("air-travel-after", j)
	}
	return false
}

// dateInNounPhrase reports a date at [k, e) inside a noun phrase whose head
// event comes right after it ("a sentence for a 2012 car crash case": the
// crash's year): a determiner before the date, then only lower-case words
// before a trigger within three words. The date is that event's, not that of
// a trigger before the phrase.
func (s *sent) dateInNounPhrase(k, e int) bool {
	if k < 1 || !s.cue("determiner", k-1) {
		return false
	}
	for h := e; h < len(s.toks) && h < e+3; h++ {
		if s.isTrig[h] >= 0 {
			return true
		}
		if t := s.toks[h]; t.Punct || t.Text != t.Lower || isObjPrep(t.Lower) || isPrep(t.Lower) || s.looksVerb(h) {
			return false
		}
	}
	return false
}
