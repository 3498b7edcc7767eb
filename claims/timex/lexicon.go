package timex

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/corpus"
)

// The lexicons are data: every word the grammar knows is in data/*.txt.
//
//go:embed data/*.txt
var dataFS embed.FS

// numWord is a number word: a cardinal ("four"), an ordinal ("third"), a
// multiplier ("hundred"), "half", or a fuzzy amount ("several").
type numWord struct {
	val  int
	kind string // card, ord, mult, half, fuzzy
}

// unitWord is a calendar unit word with its code and multiplier
// ("fortnight" is D×14).
type unitWord struct {
	code string
	mult int
}

// weekdayWord is a weekday name; abbreviations need a date beside them.
type weekdayWord struct {
	wd   int // ISO: Monday=1 … Sunday=7
	abbr bool
}

// modWord is a modifier phrase's kind ("point" or "quant") and TIMEX3 mod.
type modWord struct {
	kind, mod string
}

var (
	months    = map[string]int{}
	weekdays  = map[string]weekdayWord{}
	numbers   = map[string]numWord{}
	units     = map[string]unitWord{}
	seasons   = map[string]string{}
	dayparts  = map[string]string{}
	modifiers = newPhrases[modWord]()
	refs      = newPhrases[string]()
	holidays  = newPhrases[string]()
	tenses    = newPhrases[string]()
)

// phrases is a set of multi-word phrases keyed by their first word, matched
// against token sequences (longest first).
type phrases[V any] struct {
	first map[string][]phrase[V]
}

type phrase[V any] struct {
	words []string
	val   V
}

func newPhrases[V any]() *phrases[V] { return &phrases[V]{first: map[string][]phrase[V]{}} }

// add registers a phrase; its words are split the way the tokenizer splits
// text ("new year's day" → new, year, ', s, day).
func (p *phrases[V]) add(text string, v V) {
	toks := tokenize(text)
	if len(toks) == 0 {
		return
	}
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.low
	}
	l := p.first[w[0]]
	// keep longest first so that the first hit is the longest match
	i := 0
	for i < len(l) && len(l[i].words) >= len(w) {
		i++
	}
	l = append(l, phrase[V]{})
	copy(l[i+1:], l[i:])
	l[i] = phrase[V]{words: w, val: v}
	p.first[w[0]] = l
}

// match returns the longest phrase starting at token i and the index after
// it. Words of a phrase must be adjacent tokens of one line.
func (p *phrases[V]) match(toks []token, i int) (V, int, bool) {
	var zero V
	if i >= len(toks) {
		return zero, i, false
	}
	for _, ph := range p.first[toks[i].low] {
		if i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph.words); k++ {
			t := toks[i+k]
			if t.low != ph.words[k] || t.nl {
				ok = false
				break
			}
		}
		if ok {
			return ph.val, i + len(ph.words), true
		}
	}
	return zero, i, false
}

func readData(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("timex: missing data file " + name)
	}
	return corpus.Lines(string(b))
}

// fields splits a data line on tabs and checks its arity.
func fields(file, line string, n int) []string {
	f := strings.Split(line, "\t")
	if len(f) != n {
		panic(fmt.Sprintf("timex: data/%s: want %d tab-separated fields: %q", file, n, line))
	}
	return f
}

func atoi(file, line, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("timex: data/%s: bad number in %q", file, line))
	}
	return n
}

func init() {
	for _, l := range readData("months.txt") {
		f := fields("months.txt", l, 2)
		months[f[0]] = atoi("months.txt", l, f[1])
	}
	for _, l := range readData("weekdays.txt") {
		f := fields("weekdays.txt", l, 3)
		weekdays[f[0]] = weekdayWord{wd: atoi("weekdays.txt", l, f[1]), abbr: f[2] == "abbr"}
	}
	for _, l := range readData("numbers.txt") {
		f := fields("numbers.txt", l, 3)
		numbers[f[0]] = numWord{val: atoi("numbers.txt", l, f[1]), kind: f[2]}
	}
	for _, l := range readData("units.txt") {
		f := fields("units.txt", l, 3)
		units[f[0]] = unitWord{code: f[1], mult: atoi("units.txt", l, f[2])}
	}
	for _, l := range readData("seasons.txt") {
		f := fields("seasons.txt", l, 2)
		seasons[f[0]] = f[1]
	}
	for _, l := range readData("dayparts.txt") {
		f := fields("dayparts.txt", l, 2)
		dayparts[f[0]] = f[1]
	}
	for _, l := range readData("modifiers.txt") {
		f := fields("modifiers.txt", l, 3)
		modifiers.add(f[0], modWord{kind: f[1], mod: f[2]})
	}
	for _, l := range readData("references.txt") {
		f := fields("references.txt", l, 2)
		refs.add(f[0], f[1])
	}
	for _, l := range readData("holidays.txt") {
		f := fields("holidays.txt", l, 2)
		holidays.add(f[0], f[1])
	}
	for _, l := range readData("tense.txt") {
		f := fields("tense.txt", l, 2)
		tenses.add(f[0], f[1])
	}
}
