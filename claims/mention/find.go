package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus"
)

// finder holds the state of one Find call.
type finder struct {
	a    *corpus.Article
	text string
	out  []Mention
	buf  []tok
	// facilityIn remembers the last mention named as the place of a facility
	// ("bases in Tartous"), so that a coordinated name ("and Hmeimim") is one
	// too: its index in out and its end token's offset.
	lastFacIn    int
	lastFacInEnd int
	// abbrev maps a parenthesized abbreviation ("HTS") to the mention it
	// abbreviates, by index in out.
	abbrev map[int]int
	skipTo int // tokens before this offset are already named (an abbreviation)
	// headCase is set while a title-case headline is read: its capitals and
	// quotes ("Is 'A Powder Keg'") are no evidence of a nickname
	headCase bool
	// lowerSeen caches seenLower
	lowerSeen map[string]bool
}

// Find returns the mentions of a, in text order. It looks only at the
// sentences of headline and paragraph blocks (and at the dateline); headings
// and page furniture are not searched.
func Find(a *corpus.Article) []Mention {
	if a == nil {
		return nil
	}
	f := &finder{a: a, text: a.Text, lastFacIn: -1, abbrev: map[int]int{}}
	d := a.Dateline
	for si, sn := range a.Sentences {
		if d != nil && sn.Start >= d.End {
			f.dateline(d) // in text order: a headline may come first
			d = nil
		}
		f.sentence(si)
	}
	f.link()
	return dropOpeners(a, f.out)
}

// dropOpeners removes lone capitalized words that only look like names
// because they open a sentence ("Responding to ...", "Violent clashes ..."):
// a single-word mention whose type was guessed, at the start of its
// sentence (or of a quotation there), that the article never writes elsewhere
// in the same way. A name the article repeats mid-sentence keeps all its
// mentions.
func dropOpeners(a *corpus.Article, ms []Mention) []Mention {
	opener := func(m Mention) bool {
		if !m.Guessed || strings.ContainsAny(m.Text, " -'.") || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
			return false
		}
		st := a.Sentences[m.Sentence].Start
		pre := strings.TrimLeft(a.Text[st:m.Start], "\"'( ")
		return pre == ""
	}
	elsewhere := map[int]bool{} // Local groups with a mention that is not an opener
	for _, m := range ms {
		if !opener(m) {
			elsewhere[m.Local] = true
		}
	}
	out := ms[:0]
	renum := map[int]int{} // Local stays dense, in order of first appearance
	for _, m := range ms {
		if opener(m) && !elsewhere[m.Local] || roadNumber(a.Text, m) {
			continue
		}
		l, ok := renum[m.Local]
		if !ok {
			l = len(renum)
			renum[m.Local] = l
		}
		m.Local = l
		out = append(out, m)
	}
	return out
}

// roadNumber reports a country's abbreviation that names a road by its
// number ("the U.S. 271 corridor", "US 1"): the road is no place of the
// story's events, and the country is not named.
func roadNumber(text string, m Mention) bool {
	if m.Type != "GPE" || len(m.Text) > 5 || strings.ToUpper(m.Text) != m.Text {
		return false
	}
	rest := text[m.End:]
	return len(rest) >= 2 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9'
}

// dateline adds the place of "MOSCOW - " as a GPE mention.
func (f *finder) dateline(d *corpus.Dateline) {
	i := strings.Index(f.text[d.Start:d.End], d.Place)
	if i < 0 || d.Place == "" {
		return
	}
	s := d.Start + i
	m := Mention{Start: s, End: s + len(d.Place), Text: d.Place, Type: "GPE", Sentence: -1}
	for si, sn := range f.a.Sentences {
		if sn.Start >= d.End {
			m.Sentence = si
			break
		}
	}
	if m.Sentence < 0 {
		return
	}
	if e, ok := Lookup(d.Place); ok {
		m.Type, m.Canon = e.Type, e.Canon
	}
	f.out = append(f.out, m)
}

func (f *finder) sentence(si int) {
	sn := f.a.Sentences[si]
	ts := joinSpacedTitles(mergeParticles(f.text, tokenize(f.text, sn.Start, sn.End, f.buf[:0])))
	f.buf = ts
	hc := f.a.SentenceKind(si) == corpus.Headline && titleCased(ts)
	f.headCase = hc
	f.lastFacIn = -1
	f.skipTo = 0
	for i := 0; i < len(ts); {
		if ts[i].s < f.skipTo || !startable(ts, i) {
			i++
			continue
		}
		j := f.extend(ts, i)
		f.chunk(si, ts, i, j, hc)
		i = j
	}
}

// titleCased reports whether a headline capitalizes its content words
// ("Syria's President To Meet Putin In Moscow"): then a capital says nothing.
func titleCased(ts []tok) bool {
	n, c := 0, 0
	for i := range ts {
		t := &ts[i]
		if !t.word || utf8.RuneCountInString(t.w) < 4 {
			continue
		}
		n++
		if t.cap() {
			c++
		}
	}
	return n >= 3 && c*5 >= n*4
}

// startable: a capitalized word, or a particle before one ("de Gaulle",
// "bin Laden").
func startable(ts []tok, i int) bool {
	t := &ts[i]
	if t.cap() {
		return true
	}
	return t.word && !t.hy && particles[t.w] && i+1 < len(ts) && ts[i+1].cap() && ts[i+1].space && !ts[i+1].part
}

// nickname returns the index of the surname after a quoted nickname that
// stands between the parts of a name (Adam "Pacman" Jones, Ed 'Too Tall'
// Jones), or j when ts[j] opens none.
func nickname(ts []tok, j int) int {
	n := len(ts)
	if !isQuoteMark(ts[j].w) || !ts[j].space {
		return j
	}
	k := j + 1
	for k < n && k <= j+3 && ts[k].cap() && ts[k].space == (k > j+1) {
		k++
	}
	if k == j+1 || k+1 >= n || !isQuoteMark(ts[k].w) || ts[k].space {
		return j
	}
	if !ts[k+1].cap() || !ts[k+1].space {
		return j
	}
	return k + 1
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// extend returns the end of the capitalized sequence starting at i: capitals
// joined by spaces or hyphens, particles between capitals ("Osama bin
// Laden"), "of" after a head word ("Bank of England", "Ministry of
// Defence"), and gazetteer names with lower-case words ("Bosnia and
// Herzegovina"). A possessive ends the sequence.
func (f *finder) extend(ts []tok, i int) int {
	n := len(ts)
	j := i + 1
	if !ts[i].cap() {
		j = i + 2 // a leading particle
	}
	for j < n {
		prev, t := &ts[j-1], &ts[j]
		if prev.poss {
			k := f.possessiveName(ts, i, j)
			if k == j {
				break
			}
			j = k
			continue
		}
		if k := nickname(ts, j); k > j && !f.headCase {
			j = k
			continue
		}
		if !t.word {
			break
		}
		if t.cap() && (t.space || t.hy) {
			if f.placeBoundary(ts, i, j) || f.orgBoundary(ts, i, j) {
				break
			}
			j++
			continue
		}
		if !t.space || t.hy {
			break
		}
		lw := t.lower()
		if particles[lw] && j+1 < n && ts[j+1].cap() && ts[j+1].space && !ts[j+1].part {
			j += 2
			continue
		}
		if gazInner[lw] {
			if k := f.gazetteerEnd(ts, i, j); k > j {
				j = k
				continue
			}
		}
		if lw == "of" && ofHead(prev) && j+1 < n {
			if ts[j+1].cap() && ts[j+1].space {
				j += 2
				continue
			}
			if ts[j+1].lower() == "the" && j+2 < n && ts[j+2].cap() {
				j += 3
				continue
			}
		}
		break
	}
	return j
}

// possessiveName returns the end of an organization or facility name that
// goes on after a possessive at token j-1, or j: "Sheriff's Department",
// "Men's Central Jail", "Magistrates' Court" (a title or common word before
// the possessive, up to three capitalized words ending in an organization or
// facility head word after it), "Sam's Club" (a lone head word after a
// name that is no known place, nationality or organization). "Syria's
// Defence Ministry" and "Putin's Security Council" stay two names.
func (f *finder) possessiveName(ts []tok, i, j int) int {
	k := j
	for k < len(ts) && k-j < 3 && ts[k].cap() && ts[k].space && !ts[k].part {
		k++
		if ts[k-1].poss {
			break
		}
	}
	for ; k > j; k-- {
		if h, _, _ := headAt(ts, j, k); h.typ == "ORG" || h.typ == "FACILITY" {
			break
		}
	}
	if k == j {
		return j
	}
	owner := &ts[j-1]
	if _, place := gazetteer[Fold(owner.w)]; place {
		return j // "Dallas' Police Department", "People's ..."
	}
	if h, _, _ := headAt(ts, i, j); h.typ != "" {
		return j // "Defense Council's Program": the owner is a name of its own
	}
	if titles[dotless(owner.lw)] || common[owner.lw] || f.pluralPossessive(owner) {
		return k // "Sheriff's Office", "Men's Central Jail", "Magistrates' Court"
	}
	if k-j != 1 || given[owner.lw] && !cue("business-head", ts[j].lw) {
		return j // "Putin's Security Council"; but "Sam's Club", "Joe's Diner"
	}
	if _, known := gazetteer[Fold(f.text[ts[i].s:owner.e])]; known {
		return j
	}
	return k // "Sam's Club"
}

// possEnd returns the end of the possessive after t ("'s" or a bare
// apostrophe), or 0 when t has none.
func (f *finder) possEnd(t *tok) int {
	if !t.poss {
		return 0
	}
	e := t.e + 1
	if e < len(f.text) && (f.text[e] == 's' || f.text[e] == 'S') {
		e++
	}
	return e
}

// pluralPossessive: a word ending in "s" and a bare apostrophe
// ("Magistrates'", "Sheriffs'").
func (f *finder) pluralPossessive(t *tok) bool {
	e := t.e
	return t.poss && strings.HasSuffix(t.lw, "s") && e < len(f.text) && f.text[e] == '\'' && !isWordRuneAt(f.text, e+1, len(f.text))
}

// placeBoundary reports whether a capitalized word j that continues the
// sequence from i is a separate place: "Syria-Russia relations" (two known
// places joined by a hyphen), "post-Assad Syria's" (a country after a name
// that is no place).
func (f *finder) placeBoundary(ts []tok, i, j int) bool {
	e, ok := gazetteer[Fold(ts[j].w)]
	if !ok || (e.Type != "GPE" && e.Type != "LOC" && e.Type != "NORP") {
		return false
	}
	if j+1 < len(ts) && ts[j+1].cap() && !ts[j].poss {
		return false // "Syria TV", "Russia Today": the name goes on
	}
	if _, whole := gazetteer[Fold(f.text[ts[i].s:ts[j].e])]; whole {
		return false
	}
	if ts[j].hy {
		_, prevPlace := gazetteer[Fold(ts[j-1].w)]
		return prevPlace
	}
	// "post-Assad Syria": a country after a name joined to a word before it;
	// not "Vodafone Egypt", "Telecom Egypt": a firm's branch in the country
	return e.Country && j-i == 1 && !given[ts[i].lower()] && (ts[i].hy || ts[j].poss || i > 0 && ts[i-1].w == "-" && !ts[i].space)
}

// gazetteerEnd returns the end of the longest gazetteer name that starts at
// token i and ends after token j, or j.
func (f *finder) gazetteerEnd(ts []tok, i, j int) int {
	for k := min(len(ts), j+gazMaxLen+1); k > j; k-- {
		if !ts[k-1].word || (k-1 > j && ts[k-2].poss) {
			continue
		}
		if _, ok := gazetteer[Fold(f.text[ts[i].s:ts[k-1].e])]; ok {
			return k
		}
	}
	return j
}

// ofHead: words after which "of" continues a name.
func ofHead(t *tok) bool {
	lw := strings.TrimSuffix(t.lower(), "s")
	if h, ok := heads[lw]; ok && h.typ != "MEDIA" {
		return true
	}
	if _, ok := heads[t.lower()]; ok {
		return true
	}
	return titles[dotless(t.w)] || lw == "house" || lw == "secretary" || lw == "minister" || lw == "people"
}

// initial reports whether token i starts a sentence or a quotation, where a
// capital says nothing about a name.
func initial(ts []tok, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := &ts[k]
		if t.word {
			return false
		}
		switch t.w {
		case `"`, "'", "(", "[", ":", "-", "*":
			continue
		}
		return false
	}
	return true
}

// quoteStart reports whether token i follows an opening quotation mark or a
// colon inside a sentence (`he said, "You ...`, `clear: These ...`).
func quoteStart(ts []tok, i int) bool {
	return i > 0 && (ts[i-1].w == `"` || ts[i-1].w == "\u201c" || ts[i-1].w == ":")
}

// weak reports whether the capital of token k is no evidence of a name: a
// common word at a sentence start, any common word in a title-case
// headline, a month or weekday alone.
func (f *finder) weak(ts []tok, k, end int, hc bool) bool {
	t := &ts[k]
	lw := t.lower()
	if t.part || honorifics[dotless(lw)] || titles[dotless(lw)] || modifiers[lw] {
		return false
	}
	if _, ok := gazetteer[Fold(t.w)]; ok {
		return false
	}
	if isNonEntity(t.w, lw) {
		// "DUI", "CEO", "Christmas"; but "Syria TV" is a name ("TV" alone
		// is dropped by named)
		_, head := heads[lw]
		return !head
	}
	if utf8.RuneCountInString(t.w) == 1 && end-k == 1 {
		return true // a lone letter
	}
	if i := strings.IndexByte(lw, '\''); i > 0 && contraction[lw[i+1:]] {
		return true // "I'm", "Don't", "We've"
	}
	if cue("calendar", lw) && (end-k == 1 || initial(ts, k) || hc || isWeekday(lw) || (k > 0 && !given[ts[k-1].lw])) {
		return true
	}
	// a lone common word the article also writes in lower case ("such as
	// Security and ...")
	if end-k == 1 && !hc && !given[lw] && f.seenLower(lw) {
		return true
	}
	if !(hc || initial(ts, k) || (end-k == 1 && quoteStart(ts, k))) {
		return false
	}
	// a sentence adverb: "Simultaneously, ..."
	if end-k == 1 && strings.HasSuffix(lw, "ly") && end < len(ts) && ts[end].w == "," && !given[lw] {
		return true
	}
	if given[lw] && k+1 < end {
		return false
	}
	if common[lw] {
		return true
	}
	// a lone capitalized word that the article also writes in lower case
	if end-k == 1 && !hc && f.seenLower(lw) {
		return true
	}
	return false
}

var contraction = map[string]bool{"m": true, "ve": true, "ll": true, "re": true, "d": true, "t": true}

func isWeekday(w string) bool { return strings.HasSuffix(w, "day") }

// seenLower reports whether the article writes w in lower case somewhere.
func (f *finder) seenLower(w string) bool {
	if v, ok := f.lowerSeen[w]; ok {
		return v
	}
	v := f.scanLower(w)
	if f.lowerSeen == nil {
		f.lowerSeen = map[string]bool{}
	}
	f.lowerSeen[w] = v
	return v
}

func (f *finder) scanLower(w string) bool {
	for off := 0; ; {
		i := strings.Index(f.text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		e := i + len(w)
		if (i == 0 || !isWordRuneAt(f.text, i-1, len(f.text)) && f.text[i-1] != '-') && !isWordRuneAt(f.text, e, len(f.text)) {
			return true
		}
		off = i + 1
	}
}

// chunk cuts a capitalized sequence where a capital is no evidence (sentence
// starts, title-case headlines) and names each piece.
func (f *finder) chunk(si int, ts []tok, i, j int, hc bool) {
	p := i
	for k := i; k < j; k++ {
		// in a title-case headline every common word splits; elsewhere only
		// the first word of a sentence can be dropped
		if (hc || k == p || cue("calendar", ts[k].lw) || isNonEntity(ts[k].w, ts[k].lw)) && f.weak(ts, k, j, hc) {
			if k > p {
				f.named(si, ts, p, k)
			}
			p = k + 1
		}
	}
	if p < j {
		// a leading particle left alone ("de" of a dropped word) is no name
		for p < j && !ts[p].cap() && !(p+1 < j && particles[ts[p].w]) {
			p++
		}
		if p < j {
			f.named(si, ts, p, j)
		}
	}
}

// titleAt returns the end of the longest title (with modifiers before it)
// that starts at token k and ends before end, and whether one was found.
func titleAt(ts []tok, k, end int) (int, bool) {
	for m := k; m < end; m++ {
		// try a title here, then skip one more modifier ("Deputy Sheriff",
		// "Deputy Hoyt": "deputy" is both)
		for l := min(end, m+titleMax); l > m; l-- {
			ok := true
			for x := m; x < l; x++ {
				if !ts[x].word || (x > m && !ts[x].space && !ts[x].hy) || (x < l-1 && ts[x].poss) {
					ok = false
					break
				}
			}
			if ok && titles[titleKeyToks(ts, m, l)] {
				if l == m+1 && modifiers[ts[m].lw] {
					if e, longer := titleAt(ts, m+1, end); longer && ts[m+1].space {
						return e, true // "Deputy District Attorney": "deputy" modifies the title after it
					}
				}
				return l, true
			}
		}
		if !ts[m].word || !modifiers[ts[m].lw] || (m > k && !ts[m].space && !ts[m].hy) {
			break
		}
	}
	return k, false
}

func titleKeyToks(ts []tok, m, l int) string {
	var b strings.Builder
	n := 0
	for x := m; x < l; x++ {
		n += len(ts[x].lw) + 1
	}
	b.Grow(n)
	for x := m; x < l; x++ {
		if x > m {
			if ts[x].hy {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(strings.TrimSuffix(ts[x].lw, "."))
	}
	return b.String()
}

// leftTitle finds a lower-case title (with modifiers) just before token p:
// "Syria's president Ahmed al-Sharaa", "former leader Bashar al-Assad". It
// returns the first token of the title, or p.
func leftTitle(ts []tok, p int) int {
	for l := max(0, p-titleMax); l < p; l++ {
		ok := true
		for x := l; x < p; x++ {
			if !ts[x].word || ts[x].cap() || ts[x].poss {
				ok = false
				break
			}
		}
		if ok && titles[titleKeyToks(ts, l, p)] {
			return leftModifiers(ts, l)
		}
	}
	return p
}

// leftModifiers extends a title leftwards over lower-case modifiers
// ("interim", "former").
func leftModifiers(ts []tok, l int) int {
	for l > 0 && ts[l-1].word && (!ts[l-1].cap() || sentenceFirst(ts, l-1)) && modifiers[ts[l-1].lower()] && !ts[l-1].poss {
		l--
	}
	return l
}

// sentenceFirst reports token k as the first word of its sentence (after
// punctuation only), where a modifier is capitalized by position alone
// ("Former president Ann Lee", "Executive producer Tom Roe").
func sentenceFirst(ts []tok, k int) bool {
	for x := 0; x < k; x++ {
		if ts[x].word {
			return false
		}
	}
	return true
}

// headAt returns the type and the lower-case head phrase that end the tokens
// [p,q) ("Air Base", "News Agency", "Forces"), longest first; a plural "s" on
// the last word is allowed.
func headAt(ts []tok, p, q int) (headClass, string, int) {
	for l := max(p, q-headMax); l < q; l++ {
		k := titleKeyToks(ts, l, q)
		if h, ok := heads[k]; ok {
			return h, k, l
		}
		if strings.HasSuffix(k, "s") {
			if h, ok := heads[strings.TrimSuffix(k, "s")]; ok {
				return h, strings.TrimSuffix(k, "s"), l
			}
		}
	}
	return headClass{}, "", q
}

// facilityAfter returns the end of a lower-case facility word after token q
// ("Tartus naval base", "Qamishli airport") and the word.
func facilityAfter(ts []tok, q int) (int, string) {
	if q >= len(ts) || ts[q-1].poss {
		return q, ""
	}
	for l := min(len(ts), q+headMax); l > q; l-- {
		ok := true
		for x := q; x < l; x++ {
			if !ts[x].word || ts[x].cap() || (!ts[x].space && !ts[x].hy) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if h, k, s := headAt(ts, q, l); s == q && h.in {
			return l, k
		}
	}
	return q, ""
}

// facilityBefore returns the facility word before "in"/"at" just before
// token p ("naval base in Tartous", "bases in Tartous"), or "".
func facilityBefore(ts []tok, p int) string {
	if p < 2 || !ts[p-1].word || (ts[p-1].lower() != "in" && ts[p-1].lower() != "at") {
		return ""
	}
	for l := max(0, p-1-headMax); l < p-1; l++ {
		ok := true
		for x := l; x < p-1; x++ {
			if !ts[x].word || ts[x].cap() {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if h, k, s := headAt(ts, l, p-1); s == l && h.in {
			return normKind(k)
		}
	}
	return ""
}

// normKind folds the spellings of a facility word: "airbase" and "air base"
// are one kind.
func normKind(k string) string {
	switch k {
	case "airbase", "air field", "airfield":
		return "air base"
	case "seaport":
		return "port"
	case "international airport":
		return "airport"
	}
	return k
}

// named decides what the name tokens [p,q) of a sentence are and adds the
// mentions: a leading nationality or country before a title becomes its own
// mention, the title is bound to the person, the rest is typed by gazetteer,
// head words, particles, given names and context.
func (f *finder) named(si int, ts []tok, p, q int) {
	// whole-sequence gazetteer names first: "Syrian Democratic Forces"
	var m Mention
	m.Sentence = si
	lookupSpan := func(a, b int) (Entry, bool) {
		end := ts[b-1].e
		e, ok := gazetteer[Fold(f.text[ts[a].s:end])]
		if !ok && end < len(f.text) && f.text[end] == '.' {
			// an abbreviation whose full stop the tokenizer kept apart
			// ("Sunnyvale, Calif."): the gazetteer writes it with the dot
			if g, dotted := gazetteer[Fold(f.text[ts[a].s:end+1])]; dotted && g.Type != "PERSON" {
				e, ok = g, true
			}
		}
		return e, ok
	}
	titleStart, titleEnd := -1, -1
	r := p // first token of the name proper
	if _, ok := lookupSpan(p, q); !ok {
		// [QUALIFIER] [modifiers] TITLE NAME, where the qualifier is a
		// nationality or place ("Syrian", "U.S."), or a name ending in a head
		// word ("Fulton County", "Superior Court"); it is a mention of its own
		for k := p; k < q && k <= p+4; k++ {
			if k > p && (!f.qualifier(ts, p, k) && !f.unknownQualifier(ts, p, k, q) || ts[k-1].poss) {
				continue
			}
			end, ok := titleAt(ts, k, q)
			if !ok || hasHead(ts, end, q) || end < q && !ts[end].cap() {
				continue // "Surgeon General of the United States" is one name
			}
			if k > p {
				n := len(f.out)
				f.named(si, ts, p, k)
				if len(f.out) == n+1 && (f.out[n].Type == "" || f.out[n].Type == "PERSON") && f.unknownQualifier(ts, p, k, q) {
					// the team or firm of a person ("Colts QB Andrew Luck")
					f.out[n].Type, f.out[n].Guessed = "ORG", true
				}
			}
			if end == q {
				return // "U.S. Attorney": the title names no one here
			}
			titleStart, titleEnd, r = k, end, end
			break
		}
	}
	if titleStart < 0 && f.firmBeforeTitle(ts, p, q) {
		// "a retired Westinghouse CEO who": the firm, and a title that names
		// no one here
		n := len(f.out)
		f.named(si, ts, p, p+1)
		if len(f.out) == n+1 && (f.out[n].Type == "" || f.out[n].Type == "PERSON") {
			f.out[n].Type, f.out[n].Guessed = "ORG", true
		}
		return
	}
	if titleStart < 0 && q-p >= 3 {
		// "Democrat Estes Kefauver", "Russian Vladimir Putin": a nationality
		// before a person's name
		if e, ok := lookupSpan(p, p+1); ok && e.Type == "NORP" && !ts[p].poss {
			if _, whole := lookupSpan(p+1, q); !whole && !hasHead(ts, p+1, q) {
				f.emitGaz(si, ts, p, p+1)
				p, r = p+1, p+1
			}
		}
	}
	if titleStart >= 0 {
		// lower-case modifiers before a capitalized title: "interim President"
		if titleStart == p {
			titleStart = leftModifiers(ts, p)
		}
	} else if l := leftTitle(ts, p); l < p && !hasHead(ts, p, q) {
		if _, ok := lookupSpan(p, q); !ok {
			titleStart, titleEnd = l, p
		}
	}
	if titleStart >= 0 && r == titleEnd && r+1 < q && cue("title-after", ts[r].lw) {
		titleEnd, r = r+1, r+1 // "Surgeon General Nominee Dr. Ann Roe": the title is "surgeon general nominee"
	}
	if r < q && honorifics[dotless(ts[r].w)] && r+1 < q {
		m.Honorific = ts[r].w
		r++
	}
	if r >= q {
		return
	}
	if end, ok := titleAt(ts, r, q); ok && end == q {
		return // a title alone ("the President said") names no one here
	}
	if len(Tokens(f.text[ts[r].s:ts[q-1].e])) == 0 {
		return // a particle alone
	}
	if q-r == 1 && isNonEntity(ts[r].w, ts[r].lw) {
		return // "TV" alone
	}
	m.Start, m.End = ts[r].s, ts[q-1].e
	if titleStart >= 0 {
		m.TitleStart, m.TitleEnd = ts[titleStart].s, ts[titleEnd-1].e
		m.Title = strings.ToLower(strings.Join(strings.Fields(f.text[m.TitleStart:m.TitleEnd]), " "))
	}
	e, inGaz := lookupSpan(r, q)
	if pe := f.possEnd(&ts[q-1]); !inGaz && pe > 0 {
		// a business named in the possessive: "McDonald's", "Macy's"
		if g, ok := gazetteer[Fold(f.text[ts[r].s:pe])]; ok {
			e, inGaz, m.End = g, true, pe
		}
	}
	switch {
	case inGaz:
		m.Type, m.Canon = e.Type, e.Canon
		if m.Title != "" && e.Type != "PERSON" {
			m.Title, m.TitleStart, m.TitleEnd = "", 0, 0
		}
	case m.Title != "" || m.Honorific != "":
		m.Type = "PERSON"
	default:
		if h, k, _ := headAt(ts, r, q); h.typ != "" && !(q-r == 1 && h.typ != "MEDIA") {
			m.Type = h.typ
			if h.typ == "FACILITY" {
				m.Kind = normKind(k)
			}
		} else if h, ok := headBeforeOf(ts, r, q); ok {
			m.Type = h.typ // "Bank of England", "Ministry of Defence"
		}
	}
	// a facility word after the name: "Tartus naval base"
	if m.Type == "" || (m.Type == "GPE" && !e.Country) || m.Type == "LOC" {
		if end, k := facilityAfter(ts, q); end > q {
			m.End = ts[end-1].e
			m.Type, m.Kind, m.Canon = "FACILITY", normKind(k), ""
		}
	}
	// the place after "naval base in": "Tartous" names the base
	if m.Type == "" || (m.Type == "GPE" && !e.Country) {
		kind := facilityBefore(ts, r)
		if kind == "" && f.lastFacIn >= 0 && r >= 2 && (ts[r-1].w == "and" || ts[r-1].w == ",") && ts[r-2].e == f.lastFacInEnd {
			kind = f.out[f.lastFacIn].Kind
		}
		if kind != "" {
			m.Type, m.Kind, m.Canon = "FACILITY", kind, ""
			f.lastFacIn, f.lastFacInEnd = len(f.out), m.End
		}
	}
	acr := -1 // token index of a parenthesized abbreviation after the name
	if q+2 < len(ts) && ts[q].w == "(" && ts[q+2].w == ")" && isAcronym(ts[q+1].w) && !ts[q-1].poss {
		acr = q + 1
	}
	if m.Type == "" && q-r >= 2 {
		m.Type, m.Guessed = f.contextType(ts, r, q, acr)
	}
	m.Text = f.text[m.Start:m.End]
	f.out = append(f.out, m)
	if acr >= 0 {
		f.abbrev[len(f.out)] = len(f.out) - 1
		f.skipTo = ts[acr].e
		f.out = append(f.out, Mention{Start: ts[acr].s, End: ts[acr].e, Text: ts[acr].w, Sentence: si,
			Type: m.Type, Canon: m.Canon})
	}
}

// qualifier reports whether the tokens [p,k) can qualify a title that
// follows: a known nationality or place, an abbreviation, or a name ending in
// a head word.
func (f *finder) qualifier(ts []tok, p, k int) bool {
	if e, ok := gazetteer[Fold(f.text[ts[p].s:ts[k-1].e])]; ok {
		return e.Type == "NORP" || e.Type == "GPE" || e.Type == "ORG" || e.Type == "MEDIA"
	}
	if k-p == 1 && isAcronym(ts[p].w) {
		return true
	}
	h, _, _ := headAt(ts, p, k)
	return h.typ != "" && k-p >= 2
}

// unknownQualifier reports whether the token p, one word that no lexicon
// knows, qualifies a title at k = p+1 that is itself followed by a full name:
// "Saints Coach Sean Payton", "SeaMicro CEO Andrew Feldman", "Troy Police
// Chief Ann Craft". A given name is never such a qualifier ("John Major
// Smith" stays a name), nor is a word of a title-case headline, whose
// capitals say nothing.
func (f *finder) unknownQualifier(ts []tok, p, k, q int) bool {
	if k != p+1 || f.headCase || given[ts[p].lower()] || !ts[p].cap() {
		return false
	}
	end, ok := titleAt(ts, k, q)
	return ok && q-end >= 2 && ts[end].cap() && !particles[ts[end].lower()]
}

// firmBeforeTitle reports a name [p,q) that is one word no lexicon knows
// followed by a title that ends it, with no name after: "Westinghouse CEO",
// "Saints coach" written "Saints Coach". Then the word names the firm or team
// and the title no one (unknownQualifier is the same pair before a name). A
// given name first ("John Major") or a known name ("Ford", in the
// gazetteer) is left alone, and so is a title-case headline.
func (f *finder) firmBeforeTitle(ts []tok, p, q int) bool {
	if q-p < 2 || f.headCase || given[ts[p].lower()] || !ts[p].cap() || ts[p].poss || particles[ts[p].lower()] {
		return false
	}
	if _, ok := gazetteer[Fold(f.text[ts[p].s:ts[q-1].e])]; ok {
		return false
	}
	if q-p == 2 && cue("surname-title", ts[p+1].lower()) {
		return false // "Tishana King"
	}
	if q < len(ts) && !ts[q-1].poss && !(ts[q].w == "," || ts[q].w == "." || ts[q].w == ";" || ts[q].w == ")" || cue("after-role", ts[q].lower())) {
		return false // "the Chiefs QB situation": the title modifies a noun
	}
	end, ok := titleAt(ts, p+1, q)
	return ok && end == q && !hasHead(ts, p, q)
}

// headBeforeOf finds a head word followed by "of" inside a name: "Bank of
// England" is an ORG, "Gulf of Aden" a LOC.
func headBeforeOf(ts []tok, r, q int) (headClass, bool) {
	for x := r; x+1 < q; x++ {
		if ts[x+1].w != "of" {
			continue
		}
		lw := ts[x].lower()
		if h, ok := heads[lw]; ok {
			return h, true
		}
		if h, ok := heads[strings.TrimSuffix(lw, "s")]; ok {
			return h, true
		}
	}
	return headClass{}, false
}

// hasHead reports whether a name has an organization, place or facility word
// in it, so that a title before it is not a title ("General Motors",
// "Justice Department").
func hasHead(ts []tok, p, q int) bool {
	for x := p; x < q; x++ {
		if _, ok := heads[ts[x].lw]; ok {
			return true
		}
	}
	return false
}

// contextType types a multi-word name nothing else typed; guessed is set
// when no cue decided.
func (f *finder) contextType(ts []tok, r, q, acr int) (typ string, guessed bool) {
	after := q
	if acr >= 0 {
		after = acr + 2
	}
	if r >= 2 && ts[r-1].lower() == "of" && cue("org-before", ts[r-2].lower()) {
		return "ORG", false
	}
	if after < len(ts) && ts[after].word && !ts[after].cap() && cue("org-after", ts[after].lower()) {
		return "ORG", false
	}
	if acr >= 0 && !given[ts[r].lower()] {
		return "ORG", false
	}
	if f.placeNounOf(ts[r].s) || f.placeNounAfter(ts[q-1].e) {
		return "GPE", false // "the district of Bener Meriah", "Central Aceh district"
	}
	for x := r; x < q; x++ {
		if ts[x].part || (particles[ts[x].w] && x > r) {
			return "PERSON", false
		}
	}
	if k := f.placePrefix(ts, r, q); k > r && plural(&ts[q-1]) {
		return "ORG", true // "Boston Celtics", "New Jersey Nets": a team
	}
	if q-r == 2 && cue("place-first", ts[r].lw) && !common[ts[r+1].lw] {
		return "GPE", true // "New Bedford", "Santa Clara", "Santa Rosa" (a given name after "Santa" is a saint's)
	}
	if given[ts[r].lower()] {
		return "PERSON", false
	}
	if e, ok := gazetteer[Fold(ts[q-1].w)]; ok && e.Country && !ts[q-1].hy {
		return "ORG", true // "Vodafone Egypt": a firm's branch in a country
	}
	if after < len(ts) && cue("speech", ts[after].lower()) {
		return "PERSON", false
	}
	// a name that starts with a common word or a nationality is no person's:
	// "New Moon", "American Pie", "Notorious Bettie Page"
	// (a common surname such as "Page" or "King" at the end is no evidence)
	if common[ts[r].lw] || gazetteer[Fold(ts[r].w)].Type == "NORP" {
		return "MISC", true
	}
	if r > 0 && q-r <= 3 && inPlacePrep(ts[r-1].lower()) && !ts[q-1].poss || placeAfterIn(ts, r, q) {
		return "GPE", true // "went to school in White Rock": a place, not a person
	}
	if q-r <= 3 {
		return "PERSON", true
	}
	return "ORG", true
}

// inPlacePrep reports a preposition after which an unknown name with no
// given name first is a place ("in White Rock", "near Twin Falls"), unlike
// "to" or "from", which also take people.
func inPlacePrep(w string) bool {
	switch w {
	case "in", "near", "outside", "inside":
		return true
	}
	return false
}

// placePrefix returns the end of the longest known place (GPE or LOC) that
// starts a name [r,q) and is shorter than it, or r: "New Jersey" of "New
// Jersey Nets".
func (f *finder) placePrefix(ts []tok, r, q int) int {
	for k := q - 1; k > r; k-- {
		if e, ok := gazetteer[Fold(f.text[ts[r].s:ts[k-1].e])]; ok && (e.Type == "GPE" || e.Type == "LOC") {
			return k
		}
	}
	return r
}

// plural: a word that looks like an English plural ("Celtics", "Nets"), not
// a name ending in -ss, -us or -is.
func plural(t *tok) bool {
	lw := t.lw
	if len(lw) < 4 || !strings.HasSuffix(lw, "s") || allCaps(t.w) {
		return false
	}
	for _, x := range []string{"ss", "us", "is", "ides"} { // "Kyriakides"
		if strings.HasSuffix(lw, x) {
			return false
		}
	}
	return true
}

// emitGaz adds a gazetteer name found before a title ("Syrian" of "Syrian
// Interim President").
func (f *finder) emitGaz(si int, ts []tok, p, k int) {
	s, e := ts[p].s, ts[k-1].e
	g := gazetteer[Fold(f.text[s:e])]
	f.out = append(f.out, Mention{Start: s, End: e, Text: f.text[s:e], Sentence: si, Type: g.Type, Canon: g.Canon})
}

// isAcronym: two to eight capitals (digits and dots allowed): "HTS", "SDF",
// "U.N.".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// joinSpacedTitles joins two words around a lone "-" when together they make a
// hyphenated title: text that spaces its hyphens writes "Attorney - General
// Ann Lee" for "Attorney-General Ann Lee", whose title is not "General".
func joinSpacedTitles(ts []tok) []tok {
	out := ts[:0]
	for k := 0; k < len(ts); k++ {
		if ts[k].w == "-" && len(out) > 0 && k+1 < len(ts) && out[len(out)-1].word && ts[k+1].word &&
			titles[strings.TrimSuffix(out[len(out)-1].lw, ".")+"-"+strings.TrimSuffix(ts[k+1].lw, ".")] {
			n := ts[k+1]
			n.hy, n.space = true, false
			out = append(out, n)
			k++
			continue
		}
		out = append(out, ts[k])
	}
	return out
}
