package resolve

import (
	_ "embed"
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/corpus"
)

//go:embed data/names.txt
var namesData string

// nameGroups maps a folded given name to the groups it belongs to.
var nameGroups = map[string][]int{}

func init() {
	for g, l := range corpus.Lines(namesData) {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			nameGroups[w] = append(nameGroups[w], g)
		}
	}
}

// sameGroup reports whether two given names share a nickname or
// transliteration group ("jim"/"james", "ahmad"/"ahmed").
func sameGroup(a, b string) bool {
	for _, x := range nameGroups[a] {
		for _, y := range nameGroups[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// Name is a name as the pairwise decision sees it: the most complete form of
// one thing in one article, with what the article says about it.
type Name struct {
	Text  string // without title or honorific: "Ahmed al-Sharaa"
	Type  string // PERSON, ORG, GPE, LOC, FACILITY, NORP, MEDIA
	Title string // "interim president", "" when none
	Kind  string // facility word of a FACILITY: "naval base"
	Canon string // gazetteer canonical name, "" when unknown
	// Guessed is set when Type is a default (mention.Mention.Guessed): the
	// name may then match a name of another type, as a short form only.
	Guessed bool
}

// Decision is the answer to "do these two names name one thing?".
type Decision struct {
	Same bool
	// Short is set when one name is a short form of the other (a surname
	// alone, an abbreviation): such a pair is merged only when the short
	// form fits exactly one entity.
	Short bool
	Rule  string  // why: "same name", "fold", "spelling", "name table", "initial", "middle name", "short form", "acronym", "gazetteer", "facility", or why not
	Score float64 // similarity in [0, 1] of the words that differ (1 when none differ)
}

func no(why string) Decision { return Decision{Rule: why} }

// Decide compares two names token by token. Names of different classes
// (a person and a place) never match. People match when their surnames are
// one spelling (Jaro-Winkler and consonant skeleton) and their given names
// agree: equal, nicknames or transliterations of one another (data/names.txt),
// an initial of the other, or unknown names spelled alike; two different
// known given names ("Bashar", "Hafez"), different generations ("Jr.",
// "Sr.") or different middle names keep them apart. Places, organizations
// and facilities match word by word, facilities also by facility word
// (an "airport" is not a "naval base"); abbreviations match their initials.
func Decide(a, b Name) Decision {
	if mention.Class(a.Type) != mention.Class(b.Type) {
		if a.Guessed || b.Guessed {
			return decideGuessed(a, b)
		}
		return no("different types")
	}
	if a.Canon != "" && b.Canon != "" {
		if mention.Fold(a.Canon) == mention.Fold(b.Canon) {
			return Decision{Same: true, Rule: "gazetteer", Score: 1}
		}
		return no("different gazetteer entries")
	}
	switch mention.Class(a.Type) {
	case "PERSON":
		return decidePerson(a, b)
	case "NORP":
		if mention.Fold(a.Text) == mention.Fold(b.Text) {
			return Decision{Same: true, Rule: "same name", Score: 1}
		}
		return no("different groups")
	case "FACILITY":
		ca, ka := mention.Core(a.Text)
		cb, kb := mention.Core(b.Text)
		if ka == "" {
			ka = a.Kind
		}
		if kb == "" {
			kb = b.Kind
		}
		if !mention.KindsCompatible(ka, kb) {
			return no("different facility kinds")
		}
		d := decideWords(ca, cb, a.Text, b.Text)
		if d.Same && !d.Short && (d.Rule == "same name" || d.Rule == "fold") && mention.Fold(a.Text) != mention.Fold(b.Text) {
			d.Rule = "facility" // one place, the facility word written differently or not at all
		}
		return d
	}
	return decideWords(mention.Tokens(a.Text), mention.Tokens(b.Text), a.Text, b.Text)
}

// decideGuessed compares a lone name of unknown type with a name of another
// type: it can only be a short form of it ("Putin" for "Vladimir Putin",
// "Hmeimim" for "Hmeimim airbase").
func decideGuessed(a, b Name) Decision {
	if !a.Guessed {
		a, b = b, a
	}
	ta := mention.Tokens(a.Text)
	if len(ta) != 1 || (b.Guessed && len(mention.Tokens(b.Text)) == 1) {
		return no("different types")
	}
	var key string
	switch mention.Class(b.Type) {
	case "PERSON":
		_, key, _ = personParts(b.Text)
	case "NORP":
		return no("different types")
	case "FACILITY":
		if core, _ := mention.Core(b.Text); len(core) > 0 {
			key = core[0]
		}
	default:
		if acronymOf(a.Text, b.Text) {
			return Decision{Same: true, Short: true, Rule: "acronym (type guessed)", Score: 1}
		}
		if t := mention.Tokens(b.Text); len(t) > 0 {
			key = t[0]
		}
	}
	switch {
	case key == "":
		return no("different types")
	case key == ta[0]:
		return Decision{Same: true, Short: true, Rule: "short form (type guessed)", Score: 1}
	case mention.SpellingVariant(key, ta[0]):
		return Decision{Same: true, Short: true, Rule: "short form (type guessed)", Score: mention.JaroWinkler(key, ta[0])}
	}
	return no("different words")
}

// decideWords compares names of places and organizations.
func decideWords(ta, tb []string, sa, sb string) Decision {
	if len(ta) == 0 || len(tb) == 0 {
		return no("empty name")
	}
	// an abbreviation and its expansion: "HTS", "Hayat Tahrir al-Sham"
	if acr, full := sa, sb; len(tb) == 1 && len(ta) > 1 {
		acr, full = sb, sa
		if acronymOf(acr, full) {
			return Decision{Same: true, Short: true, Rule: "acronym", Score: 1}
		}
	} else if len(ta) == 1 && len(tb) > 1 && acronymOf(acr, full) {
		return Decision{Same: true, Short: true, Rule: "acronym", Score: 1}
	}
	if len(ta) == len(tb) {
		score, rule := 1.0, "same name"
		for i := range ta {
			if ta[i] == tb[i] {
				continue
			}
			if !mention.SpellingVariant(ta[i], tb[i]) {
				return no("different words")
			}
			rule = "spelling"
			score = min(score, mention.JaroWinkler(ta[i], tb[i]))
		}
		if rule == "same name" && strings.Join(strings.Fields(sa), " ") != strings.Join(strings.Fields(sb), " ") {
			rule = "fold"
		}
		return Decision{Same: true, Rule: rule, Score: score}
	}
	// "Tahrir al-Sham" in "Hayat Tahrir al-Sham": a shorter name whose words
	// all end the longer one
	short, long := ta, tb
	if len(short) > len(long) {
		short, long = long, short
	}
	off := len(long) - len(short)
	// "Saints" is no short form of "Church of the Latter Day Saints": the
	// words after "of" or "for" complement the head, they do not name it
	for _, w := range long[:off] {
		if complementWords[w] {
			return no("short form inside a complement")
		}
	}
	for i := range short {
		if short[i] != long[off+i] && !mention.SpellingVariant(short[i], long[off+i]) {
			return no("different words")
		}
	}
	return Decision{Same: true, Short: true, Rule: "short form", Score: 1}
}

// complementWords join a name's head to its complement ("Church of the
// Latter Day Saints", "Committee for Public Safety", "Bank of America").
var complementWords = map[string]bool{"of": true, "for": true, "on": true}

// acronymOf reports whether acr ("HTS", "U.N.") is made of the initials of
// full ("Hayat Tahrir al-Sham", "United Nations").
func acronymOf(acr, full string) bool {
	a := strings.ReplaceAll(acr, ".", "")
	if len(a) < 2 || strings.ToUpper(a) != a {
		return false
	}
	return initialsOf(full) == a
}

func initialsOf(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if pre, rest, ok := strings.Cut(w, "-"); ok && mention.IsParticle(pre) {
			w = rest
		}
		lw := strings.ToLower(w)
		if mention.IsParticle(lw) || lw == "of" || lw == "the" || lw == "and" || lw == "for" || w == "" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String()
}

// personParts splits a folded person name into given names, surname and
// generation suffix: "john f. kennedy jr." → [john f], kennedy, jr.
func personParts(s string) (given []string, surname, suffix string) {
	t := mention.Tokens(s)
	for len(t) > 0 && mention.IsSuffix(t[len(t)-1]) {
		suffix = strings.TrimSuffix(t[len(t)-1], ".")
		t = t[:len(t)-1]
	}
	if len(t) == 0 {
		return nil, "", suffix
	}
	return t[:len(t)-1], t[len(t)-1], suffix
}

func decidePerson(a, b Name) Decision {
	ga, sa, xa := personParts(a.Text)
	gb, sb, xb := personParts(b.Text)
	if sa == "" || sb == "" {
		return no("empty name")
	}
	score, rule := 1.0, "same name"
	switch {
	case sa == sb:
	case mention.SpellingVariant(sa, sb):
		score, rule = mention.JaroWinkler(sa, sb), "spelling"
	default:
		return no("different surnames")
	}
	if xa != xb {
		if xa != "" && xb != "" {
			return no("different generations")
		}
		if len(ga) > 0 && len(gb) > 0 {
			// "John Smith" and "John Smith Jr." may be father and son
			return no("generation suffix on one side")
		}
	}
	if len(ga) == 0 || len(gb) == 0 {
		if len(ga) == 0 && len(gb) == 0 {
			if rule == "same name" && a.Text != b.Text {
				rule = "fold"
			}
			return Decision{Same: true, Rule: rule, Score: score}
		}
		return Decision{Same: true, Short: true, Rule: "short form", Score: score}
	}
	// first given names must agree
	r, s, ok := givenMatch(ga[0], gb[0])
	if !ok {
		return no("different given names")
	}
	if r != "" {
		rule, score = r, min(score, s)
	}
	// middle names: each one present on both sides must agree
	ma, mb := ga[1:], gb[1:]
	for i := 0; i < len(ma) && i < len(mb); i++ {
		r, s, ok := givenMatch(ma[i], mb[i])
		if !ok {
			return no("different middle names")
		}
		if r != "" {
			rule, score = r, min(score, s)
		}
	}
	if len(ma) != len(mb) && rule == "same name" {
		rule = "middle name"
	}
	if rule == "same name" && a.Text != b.Text {
		rule = "fold"
	}
	return Decision{Same: true, Rule: rule, Score: score}
}

// givenMatch compares two folded given names (or initials). It returns the
// rule that made them match ("" when equal), its score and whether they
// match.
func givenMatch(x, y string) (string, float64, bool) {
	x, y = strings.TrimSuffix(x, "."), strings.TrimSuffix(y, ".")
	if x == y {
		return "", 1, true
	}
	if len(x) == 1 || len(y) == 1 {
		if x[0] == y[0] {
			return "initial", 1, true
		}
		return "", 0, false
	}
	if sameGroup(x, y) {
		return "name table", mention.JaroWinkler(x, y), true
	}
	// two different names both known as given names are different people,
	// however alike they look ("Maria", "Mario")
	if mention.IsGivenName(x) && mention.IsGivenName(y) {
		return "", 0, false
	}
	if mention.SpellingVariant(x, y) {
		return "spelling", mention.JaroWinkler(x, y), true
	}
	return "", 0, false
}
