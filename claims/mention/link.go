package mention

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class groups types that may name one thing: a GPE and a LOC ("Gulf"), an
// ORG and a MEDIA outlet.
func Class(typ string) string {
	switch typ {
	case "GPE", "LOC":
		return "GEO"
	case "ORG", "MEDIA":
		return "ORG"
	}
	return typ
}

// Tokens returns the folded name words of s without particles: "Ahmad
// al-Sharaa" → [ahmad sharaa], "Osama bin Laden" → [osama laden]. A hyphen
// between two capitalized words is kept ("jean-claude").
func Tokens(s string) []string {
	var out []string
	nick := false
	for _, raw := range strings.Fields(s) {
		// a quoted nickname is no part of the name: Adam "Pacman" Jones is
		// Adam Jones
		if opens, closes := quoted(raw); nick || opens {
			nick = !closes
			continue
		}
		w := Fold(strings.Trim(raw, ".,;:()\"'"))
		// an all-capitals word is an abbreviation, not a particle ("DA")
		if w == "" || (particles[w] && !allCaps(raw)) {
			continue
		}
		if w == "-" {
			continue // the spaced hyphen of "al - Bashir" (token.go)
		}
		if pre, rest, ok := strings.Cut(w, "-"); ok && particles[pre] && rest != "" {
			w = rest
		}
		out = append(out, w)
	}
	return out
}

// quoted reports whether a word of a name opens a quotation ("Pacman", 'Too)
// and whether it closes one ("Pacman", Tall').
func quoted(raw string) (opens, closes bool) {
	r, _ := utf8.DecodeRuneInString(raw)
	l, _ := utf8.DecodeLastRuneInString(raw)
	open := r == '"' || r == '\'' || r == '\u201c' || r == '\u2018'
	close := l == '"' || l == '\'' || l == '\u201d' || l == '\u2019'
	return open, close && (!open || len(raw) > 1)
}

// Core returns the tokens of a facility name without its facility words:
// "Hmeimim Air Base" → [hmeimim], and the normalized facility word.
func Core(s string) ([]string, string) {
	t := Tokens(s)
	for l := max(0, len(t)-headMax); l < len(t); l++ {
		k := strings.Join(t[l:], " ")
		h, ok := heads[k]
		if !ok && strings.HasSuffix(k, "s") {
			k = strings.TrimSuffix(k, "s")
			h, ok = heads[k]
		}
		if ok && h.typ == "FACILITY" && l > 0 {
			return t[:l], normKind(k)
		}
	}
	return t, ""
}

// KindsCompatible reports whether two facility words can name one facility:
// equal, one unknown, or a generic "base" (or "military base") and a
// particular one ("naval base").
func KindsCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	// "base" and "military base" are generic: any base can be one
	isBase := func(k string) bool { return k == "base" || strings.HasSuffix(k, " base") }
	generic := func(k string) bool { return k == "base" || k == "military base" }
	return (generic(a) && isBase(b)) || (generic(b) && isBase(a))
}

// surname is the last name word that is not a suffix ("Jr.").
func surname(t []string) string {
	for i := len(t) - 1; i >= 0; i-- {
		if !suffixes[strings.TrimSuffix(t[i], ".")] {
			return t[i]
		}
	}
	return ""
}

func sigLen(t []string) int {
	n := 0
	for _, w := range t {
		if !suffixes[strings.TrimSuffix(w, ".")] {
			n++
		}
	}
	return n
}

// initials returns the capitals of the words of a name, particles skipped:
// "Hayat Tahrir al-Sham" → "HTS", "Syrian Democratic Forces" → "SDF".
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if pre, rest, ok := strings.Cut(w, "-"); ok && particles[strings.ToLower(pre)] {
			w = rest
		}
		if particles[w] || w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func demonymShaped(w string) bool {
	for _, s := range []string{"ian", "ese", "ish"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+3 {
			return true
		}
	}
	return false
}

// link types the lone names nothing typed yet and groups the mentions of one
// thing (Local, Name, LocalRule).
func (f *finder) link() {
	ms := f.out
	n := len(ms)
	if n == 0 {
		return
	}
	toks := make([][]string, n)
	for i := range ms {
		toks[i] = Tokens(ms[i].Text)
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	rule := make([]string, n)
	union := func(later, earlier int, why string) {
		a, b := find(later), find(earlier)
		if a == b {
			return
		}
		if a < b {
			a, b = b, a
		}
		parent[a] = b
		if rule[later] == "" {
			rule[later] = why
		}
	}

	// full person names by surname; multi-word names of other types by first word
	bySurname := map[string][]int{}
	byFirst := map[string][]int{}
	byGiven := map[string][]int{}
	for i := range ms {
		t := toks[i]
		switch {
		case ms[i].Type == "PERSON" && sigLen(t) >= 2:
			bySurname[surname(t)] = append(bySurname[surname(t)], i)
			if !ms[i].Guessed {
				byGiven[t[0]] = append(byGiven[t[0]], i)
			}
		case ms[i].Type != "" && ms[i].Type != "PERSON" && ms[i].Type != "NORP" && len(t) >= 2:
			core, _ := Core(ms[i].Text)
			if len(core) >= 1 {
				byFirst[core[0]] = append(byFirst[core[0]], i)
			}
		}
	}
	// nearest: the closest full name before i, else the first after it
	nearest := func(c []int, i int) int {
		best := -1
		for _, j := range c {
			if j < i {
				best = j
			} else if best < 0 {
				return j
			}
		}
		return best
	}
	// evidence for lone names, over all their occurrences
	locative := map[string]bool{}
	speech := map[string]bool{}
	for i := range ms {
		if ms[i].Type != "" || len(toks[i]) != 1 {
			continue
		}
		before, after := f.wordBefore(ms[i].Start), f.wordAfter(ms[i].End)
		if cue("locative", before) {
			locative[toks[i][0]] = true
		}
		if cue("speech", after) {
			speech[toks[i][0]] = true
		}
		if f.whoAfter(ms[i].End) {
			speech[toks[i][0]] = true // "said Fauzi, who ...": a person
		}
		if f.placeNounOf(ms[i].Start) || f.placeNounAfter(ms[i].End) {
			locative[toks[i][0]] = true
		}
	}

	// 1. type and link lone names
	for i := range ms {
		m := &ms[i]
		t := toks[i]
		if len(t) == 0 {
			continue
		}
		if j, ok := f.abbrev[i]; ok {
			union(i, j, "abbreviation")
			continue
		}
		lone := sigLen(t) == 1
		if lone && (m.Type == "" || m.Type == "PERSON") && m.Canon == "" {
			if j := nearest(bySurname[t[len(t)-1]], i); j >= 0 {
				m.Type = "PERSON"
				if !sharedSurname(toks, bySurname[t[len(t)-1]], i) {
					if j = f.notKin(ms, bySurname[t[len(t)-1]], j); j >= 0 && !f.surnameGenderClash(ms, toks, j, t) {
						union(i, j, "surname")
					}
				} else if j = f.onlyNotKin(ms, toks, bySurname[t[len(t)-1]], i); j >= 0 && !f.surnameGenderClash(ms, toks, j, t) {
					union(i, j, "surname") // "Scott Peterson ... his wife, Laci Peterson ... Peterson"
				}
				continue
			}
			// a surname spelled two ways in one article ("al-Shibani" after
			// "Asaad al-Shaibani"): only for a name with a particle or a
			// known person type, so that a place is not taken for a person
			if m.Type == "PERSON" || strings.Contains(m.Text, "-") {
				if j := nearest(similarSurname(bySurname, t[len(t)-1]), i); j >= 0 {
					m.Type = "PERSON"
					union(i, j, "surname variant")
					continue
				}
			}
		}
		if m.Type == "" && lone && m.Canon == "" && !locative[t[0]] {
			// a given name alone for the one person of the article with
			// it ("Bettie" of "Bettie Page")
			if j := onePerson(toks, byGiven[t[0]]); j >= 0 {
				m.Type = "PERSON"
				union(i, j, "given name")
				continue
			}
		}
		if m.Type == "" && len(t) == 1 {
			if j := f.placePart(ms, byFirst[t[0]], i); j >= 0 {
				m.Type = ms[j].Type
				if m.Type == "FACILITY" {
					m.Kind = ms[j].Kind
				}
				union(i, j, "name part")
				continue
			}
			if j := nearest(byFirst[t[0]], i); j >= 0 {
				m.Type = ms[j].Type
				if m.Type == "FACILITY" {
					m.Kind = ms[j].Kind
				}
				union(i, j, "name part")
				continue
			}
		}
		if m.Type == "" || m.Type == "ORG" || m.Type == "MEDIA" {
			if isAcronym(m.Text) {
				for j := i - 1; j >= 0; j-- {
					if len(toks[j]) >= 2 && initials(ms[j].Text) == strings.ReplaceAll(m.Text, ".", "") && Class(ms[j].Type) != "PERSON" {
						m.Type = ms[j].Type
						union(i, j, "initials")
						break
					}
				}
			}
		}
		if m.Type == "" {
			w := t[0]
			hasParticle := toks[i][0] != Fold(m.Text)
			switch {
			case hasParticle && !isAcronym(w):
				m.Type = "PERSON" // "al-Shibani"
			case isAcronym(m.Text):
				m.Type = "ORG"
			case demonymShaped(w) && !given[w]:
				m.Type = "NORP"
			case heads[w].typ == "ORG" || heads[w].typ == "MEDIA":
				// an organization word alone: "the Ministry said", "the Navy"
				m.Type, m.Guessed = heads[w].typ, true
			case speech[w]:
				m.Type = "PERSON"
			case locative[w]:
				m.Type = "GPE"
			case given[w]:
				m.Type = "PERSON"
			case f.theGroup(m):
				m.Type, m.Guessed = "ORG", true // "the Comets", "the Bloods"
			default:
				// no evidence: a work, an event, a product as often as
				// an organization ("Oscars", "Twilight", "Euro")
				m.Type, m.Guessed = "MISC", true
			}
		}
	}

	// 2. the same name, and a facility named by its place
	byKey := map[string]int{}
	for i := range ms {
		if len(toks[i]) == 0 {
			continue
		}
		k := Class(ms[i].Type) + "|" + strings.Join(toks[i], " ")
		if ms[i].Canon != "" {
			k = Class(ms[i].Type) + "|" + Fold(ms[i].Canon)
		}
		if ms[i].Type == "FACILITY" {
			core, _ := Core(ms[i].Text)
			k = "FACILITY|" + strings.Join(core, " ")
		}
		if j, ok := byKey[k]; ok {
			if ms[i].Type != "FACILITY" || KindsCompatible(ms[i].Kind, ms[j].Kind) {
				why := "same name"
				if ms[i].Type == "FACILITY" && Fold(ms[i].Text) != Fold(ms[j].Text) {
					why = "facility name"
				}
				union(i, j, why)
				continue
			}
		}
		byKey[k] = i
	}
	// 3. a shorter person name that ends a longer one ("Abu Qasra" of
	// "Marhaf Abu Qasra")
	for i := range ms {
		if ms[i].Type != "PERSON" || sigLen(toks[i]) < 2 || find(i) != i {
			continue
		}
		for _, j := range bySurname[surname(toks[i])] {
			if j != i && len(toks[j]) > len(toks[i]) && hasSuffixTokens(toks[j], toks[i]) {
				union(i, j, "name part")
				break
			}
		}
	}

	// Locals in order of first appearance; Name is the fullest form
	local := map[int]int{}
	best := map[int]int{}
	for i := range ms {
		r := find(i)
		if _, ok := local[r]; !ok {
			local[r] = len(local)
			best[r] = i
		}
		if fuller(&ms[i], toks[i], &ms[best[r]], toks[best[r]]) {
			best[r] = i
		}
	}
	for i := range ms {
		r := find(i)
		ms[i].Local = local[r]
		ms[i].Name = ms[best[r]].Text
		if r != i {
			ms[i].LocalRule = rule[i]
			if ms[i].LocalRule == "" {
				ms[i].LocalRule = "same name"
			}
			// a lone name takes the type of the thing it names
			if ms[r].Type != "" && Class(ms[i].Type) != Class(ms[r].Type) {
				ms[i].Type, ms[i].Guessed = ms[r].Type, ms[r].Guessed
			}
		}
	}
}

// onePerson returns the first of the full person names c when they are all
// one name (the same words), else -1: a given name alone is linked only when
// the article has one person of that name.
func onePerson(toks [][]string, c []int) int {
	if len(c) == 0 {
		return -1
	}
	k := strings.Join(toks[c[0]], " ")
	for _, j := range c[1:] {
		if strings.Join(toks[j], " ") != k {
			return -1
		}
	}
	return c[0]
}

// theGroup reports whether a lone name is written as a plural after "the"
// ("the Comets", "the Bloods"): a team, a band, a gang.
func (f *finder) theGroup(m *Mention) bool {
	if f.wordBefore(m.Start) != "the" || strings.ContainsAny(m.Text, " .-'") {
		return false
	}
	t := tok{w: m.Text, lw: strings.ToLower(m.Text), word: true}
	return plural(&t)
}

// similarSurname returns the full names whose surname is a spelling variant
// of w (SpellingVariant), in text order.
func similarSurname(bySurname map[string][]int, w string) []int {
	var out []int
	for s, c := range bySurname {
		if s != w && SpellingVariant(s, w) {
			out = append(out, c...)
		}
	}
	sort.Ints(out)
	return out
}

// fuller reports whether mention a is a more complete form than b: more
// name words; then, for a facility, its facility word written out; then
// not all capitals ("Moscow" over the dateline's "MOSCOW").
func fuller(a *Mention, ta []string, b *Mention, tb []string) bool {
	if len(ta) != len(tb) {
		return len(ta) > len(tb)
	}
	if a.Type == "FACILITY" && len(a.Text) != len(b.Text) {
		return len(a.Text) > len(b.Text)
	}
	return allCaps(b.Text) && !allCaps(a.Text)
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

func hasSuffixTokens(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

// wordBefore returns the lower-case word just before offset i in the text.
func (f *finder) wordBefore(i int) string {
	j := i
	for j > 0 && f.text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(f.text[:k])
		if !isWordRune(r) {
			break
		}
		k -= n
	}
	return strings.ToLower(f.text[k:j])
}

// wordAfter returns the lower-case word just after offset i in the text.
func (f *finder) wordAfter(i int) string {
	j := i
	for j < len(f.text) && (f.text[j] == ' ' || f.text[j] == ',') {
		if f.text[j] == ',' {
			return ""
		}
		j++
	}
	k := j
	for k < len(f.text) {
		r, n := utf8.DecodeRuneInString(f.text[k:])
		if !isWordRune(r) {
			break
		}
		k += n
	}
	return strings.ToLower(f.text[j:k])
}

// sharedSurname reports two people with different first names named before
// mention i with the surname of the full names in js ("John Jenkin" and
// "Katie Jenkin"): a lone "Jenkin" after them could be either, so it is
// linked to neither.
func sharedSurname(toks [][]string, js []int, i int) bool {
	first := ""
	for _, j := range js {
		if j >= i || len(toks[j]) == 0 {
			continue
		}
		f := toks[j][0]
		if first == "" {
			first = f
		} else if f != first {
			return true
		}
	}
	return false
}

// notKin returns the full name j a lone surname is linked to, unless j was
// introduced as someone's relative ("his pregnant wife, Laci Peterson",
// "Scott Peterson's wife Laci Peterson"): a relative shares the surname of
// the one the article is about, so the lone surname ("Peterson was found
// guilty") is more likely his. It then returns another full name with the
// surname that is no relative, or -1 (no link) when there is none.
func (f *finder) notKin(ms []Mention, js []int, j int) int {
	if !f.kinNamed(ms[j]) {
		return j
	}
	for _, o := range js {
		if o != j && !f.kinNamed(ms[o]) && Fold(ms[o].Text) != Fold(ms[j].Text) {
			return o
		}
	}
	return -1
}

// kinNamed reports a name written right after a kin noun that a possessor
// governs: "his wife, Laci Peterson", "her son Tom", "Smith's widow Ann".
func (f *finder) kinNamed(m Mention) bool {
	start := m.Start
	if m.TitleStart > 0 && m.TitleStart < start {
		start = m.TitleStart
	}
	words := strings.Fields(strings.NewReplacer(",", " ", "\u2019", "'").Replace(f.text[max(0, start-60):start]))
	if len(words) < 2 || !cue("kin", strings.ToLower(words[len(words)-1])) {
		return false
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-4; k-- {
		w := strings.ToLower(words[k])
		if w == "his" || w == "her" || w == "their" || strings.HasSuffix(w, "'s") {
			return true
		}
	}
	return false
}

// onlyNotKin returns, among the full names js before i that share a
// surname, the latest of the one person who is not named as a relative,
// when all the others are ("Scott Peterson", then "his wife, Laci
// Peterson"); else -1.
func (f *finder) onlyNotKin(ms []Mention, toks [][]string, js []int, i int) int {
	best, first := -1, ""
	for _, j := range js {
		if j >= i || len(toks[j]) == 0 || f.kinNamed(ms[j]) {
			continue
		}
		if first != "" && toks[j][0] != first {
			return -1
		}
		best, first = j, toks[j][0]
	}
	return best
}
