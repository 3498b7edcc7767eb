package mention

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck/crosscheck/corpus"
)

//go:embed data/countries.txt
var countriesData string

//go:embed data/gazetteer.txt
var gazetteerData string

//go:embed data/titles.txt
var titlesData string

//go:embed data/heads.txt
var headsData string

//go:embed data/given.txt
var givenData string

//go:embed data/common.txt
var commonData string

//go:embed data/cues.txt
var cuesData string

//go:embed data/nonentity.txt
var nonEntityData string

//go:embed data/gender.txt
var genderData string

// genders maps a folded given name or title word to "female" or "male".
var genders = func() map[string]string {
	g := map[string]string{}
	for _, l := range corpus.Lines(genderData) {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		for _, w := range strings.Fields(v) {
			g[strings.ToLower(w)] = strings.TrimSpace(k)
		}
	}
	return g
}()

// Gender returns "female" or "male" for a person whose first name or bound
// title is listed in data/gender.txt ("Maria Lopez", "spokeswoman"), ""
// when nothing says.
func Gender(m Mention) string {
	if m.Type != "PERSON" {
		return ""
	}
	for _, w := range strings.Fields(m.Title) {
		if g := genders[strings.ToLower(w)]; g != "" {
			return g
		}
	}
	// the first name, past honorifics, initials and one title word ("Mr.
	// Jones", "Sheriff Jerry Ortiz"); not a surname further on
	words := strings.Fields(m.Name)
	for i, w := range words {
		if i >= 2 && !strings.HasSuffix(words[i-1], ".") || i == len(words)-1 && i > 0 {
			break
		}
		if g := genders[strings.ToLower(w)]; g != "" {
			return g
		}
	}
	return ""
}

// Entry is what the gazetteer knows about a name.
type Entry struct {
	Type string // GPE, LOC, ORG, MEDIA, FACILITY, NORP
	// Canon is the entry's canonical name: all aliases of one entry share it
	// ("US", "U.S." and "United States" have Canon "United States"). A
	// demonym's Canon is its own first form ("Syrian"); Country then names
	// the country ("Syria").
	Canon   string
	Country bool   // a country or territory (not a city or region)
	Of      string // for a demonym, the Canon of its country
}

type headClass struct {
	typ string
	in  bool // FACILITY-IN: also names the place after "in"
}

var (
	gazetteer  = map[string]Entry{}     // folded lower-case name → entry
	gazMaxLen  = 1                      // longest gazetteer name, in words
	gazInner   = map[string]bool{}      // lower-case words inside gazetteer names ("and" of "Bosnia and Herzegovina")
	titles     = map[string]bool{}      // lower-case title phrase (no final '.')
	titleMax   = 1                      // longest title, in words
	modifiers  = map[string]bool{}      //
	honorifics = map[string]bool{}      // without the final '.'
	suffixes   = map[string]bool{}      // "jr", "sr", "iii"
	heads      = map[string]headClass{} // lower-case head phrase
	headMax    = 1
	given      = map[string]bool{}
	common     = map[string]bool{}
	nonEntity  = map[string]bool{}            // lower-case words that name no entity ("dui", "ceo", "christmas")
	cues       = map[string]map[string]bool{} // class → lower-case word
)

// cue reports whether w is a context word of the class ("speech", "locative").
func cue(class, w string) bool { return cues[class][w] }

// isNonEntity reports whether the word w names no entity ("DUI", "CEOs",
// "Christmas"); lw is w in lower case.
func isNonEntity(w, lw string) bool {
	if nonEntity[lw] {
		return true
	}
	// an abbreviation's plural: "RBIs", "MPs"
	return len(w) > 2 && w[len(w)-1] == 's' && isAcronym(w[:len(w)-1]) && nonEntity[lw[:len(lw)-1]]
}

// dotless drops a final full stop and lower-cases: "Sen." → "sen".
func dotless(s string) string { return strings.ToLower(strings.TrimSuffix(s, ".")) }

func init() {
	for _, l := range corpus.Lines(countriesData) {
		names, demonyms, _ := strings.Cut(l, ";")
		forms := splitBar(names)
		if len(forms) == 0 {
			panic(fmt.Sprintf("mention: bad country line %q", l))
		}
		canon := forms[0]
		for _, f := range forms {
			addGaz(f, Entry{Type: "GPE", Canon: canon, Country: true})
		}
		ds := splitBar(demonyms)
		for _, d := range ds {
			addGaz(d, Entry{Type: "NORP", Canon: ds[0], Of: canon})
		}
	}
	kinds := map[string]string{"CITY": "GPE", "REGION": "GPE", "LOC": "LOC", "ORG": "ORG", "MEDIA": "MEDIA", "FACILITY": "FACILITY", "NORP": "NORP"}
	for _, l := range corpus.Lines(gazetteerData) {
		k, names, ok := strings.Cut(l, ":")
		typ := kinds[strings.TrimSpace(k)]
		forms := splitBar(names)
		if !ok || typ == "" || len(forms) == 0 {
			panic(fmt.Sprintf("mention: bad gazetteer line %q", l))
		}
		for _, f := range forms {
			if _, dup := gazetteer[Fold(f)]; dup {
				continue // countries win over a later line
			}
			addGaz(f, Entry{Type: typ, Canon: forms[0]})
		}
	}
	for _, l := range corpus.Lines(titlesData) {
		k, v, ok := strings.Cut(l, ":")
		v = strings.TrimSpace(v)
		if !ok || v == "" {
			panic(fmt.Sprintf("mention: bad title line %q", l))
		}
		switch strings.TrimSpace(k) {
		case "title":
			p := titleKey(v)
			titles[p] = true
			titleMax = max(titleMax, len(strings.Fields(p)))
		case "modifier":
			modifiers[strings.ToLower(v)] = true
		case "honorific":
			honorifics[dotless(v)] = true
		case "suffix":
			suffixes[dotless(v)] = true
		default:
			panic(fmt.Sprintf("mention: bad title class in %q", l))
		}
	}
	for _, l := range corpus.Lines(headsData) {
		k, v, ok := strings.Cut(l, ":")
		v = strings.ToLower(strings.TrimSpace(v))
		k = strings.TrimSpace(k)
		hc := headClass{typ: k}
		if k == "FACILITY-IN" {
			hc = headClass{typ: "FACILITY", in: true}
		}
		if !ok || v == "" || (hc.typ != "ORG" && hc.typ != "MEDIA" && hc.typ != "LOC" && hc.typ != "GPE" && hc.typ != "FACILITY" && hc.typ != "MISC") {
			panic(fmt.Sprintf("mention: bad head line %q", l))
		}
		heads[v] = hc
		headMax = max(headMax, len(strings.Fields(v)))
	}
	for _, l := range corpus.Lines(givenData) {
		for _, w := range strings.Fields(l) {
			given[strings.ToLower(w)] = true
		}
	}
	for _, l := range corpus.Lines(cuesData) {
		k, v, ok := strings.Cut(l, ":")
		k = strings.TrimSpace(k)
		if !ok {
			panic(fmt.Sprintf("mention: bad cue line %q", l))
		}
		if cues[k] == nil {
			cues[k] = map[string]bool{}
		}
		for _, w := range strings.Fields(v) {
			cues[k][strings.ToLower(w)] = true
		}
	}
	for _, l := range corpus.Lines(nonEntityData) {
		for _, w := range strings.Fields(l) {
			nonEntity[strings.ToLower(w)] = true
		}
	}
	for _, l := range corpus.Lines(commonData) {
		for _, w := range strings.Fields(l) {
			common[strings.ToLower(w)] = true
		}
	}
}

func splitBar(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func addGaz(form string, e Entry) {
	k := Fold(form)
	if old, ok := gazetteer[k]; ok && old.Type != e.Type && old.Country {
		return // "Georgia" the country stays a country
	}
	gazetteer[k] = e
	f := strings.Fields(form)
	gazMaxLen = max(gazMaxLen, len(f))
	for i, w := range f {
		if i > 0 && strings.ToLower(w) == w {
			gazInner[w] = true
		}
	}
}

// titleKey normalizes a title phrase for lookup: lower case, each word's final
// full stop dropped ("Lt. Gen." → "lt gen").
func titleKey(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i := range f {
		f[i] = strings.TrimSuffix(f[i], ".")
	}
	return strings.Join(f, " ")
}

// Lookup returns the gazetteer entry for a name ("U.S.", "Syrian", "Reuters").
func Lookup(name string) (Entry, bool) {
	e, ok := gazetteer[Fold(name)]
	return e, ok
}

// IsGivenName reports whether w is a common given name ("Ahmad", "Jane").
func IsGivenName(w string) bool { return given[Fold(w)] }

// IsTitle reports whether s is a title of the title lexicon ("interim
// president" is not; "president" is).
func IsTitle(s string) bool { return titles[titleKey(s)] }

// IsSuffix reports whether w is a name suffix such as "Jr." or "III".
func IsSuffix(w string) bool { return suffixes[dotless(w)] }

// Particles are the lower-case name particles that join the parts of a name
// ("Osama bin Laden", "Ludwig van Beethoven") or prefix a name with a hyphen
// ("al-Sharaa"). They never start a name on their own.
var particles = map[string]bool{
	"al": true, "el": true, "al-": true, "bin": true, "ibn": true, "bint": true, "ben": true,
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"da": true, "di": true, "du": true, "dos": true, "das": true, "la": true, "le": true,
	"ter": true, "ten": true, "bou": true, "ould": true, "y": true, "ez": true, "ed": true,
}

// IsParticle reports whether w is a name particle ("al", "bin", "van").
func IsParticle(w string) bool { return particles[strings.ToLower(w)] }

// Fold returns the comparison form of a name: diacritics removed
// (golang.org/x/text), lower case, curly apostrophes and dashes made ASCII,
// runs of spaces made one. Letters without a decomposition ("ø", "ł") are
// kept as they are.
func Fold(s string) string {
	ascii, clean := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if ('A' <= c && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ')) {
			clean = false
		}
	}
	if ascii && clean {
		return s // the common case: already folded, no allocation
	}
	if ascii {
		return foldASCII(s) // one allocation, not three
	}
	if !ascii {
		// a transform.Chain keeps state: one per call keeps Fold safe for
		// concurrent use
		chain := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if t, _, err := transform.String(chain, s); err == nil {
			s = t
		}
		s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u2013", "-", "\u2014", "-").Replace(s)
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// foldASCII is Fold for ASCII text: lower case, runs of white space made one
// space, none at either end, in one pass and one allocation.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = b.Len() > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
