package claims

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/corpus"
)

//go:embed data/frames.txt
var framesData string

//go:embed data/irregular.txt
var irregularData string

//go:embed data/cues.txt
var cuesData string

// Trigger is a word or phrase that evokes a frame.
type Trigger struct {
	Frame string
	Words []string // lower-case tokens, e.g. ["travel", "to"]
	Noun  bool     // a noun trigger ("visit", "trip") rather than a verb form
	Form  bool     // a verb form listed as written ("named as"), not inflected
	Base  string   // the lemma phrase the line gave
}

// Lexicon holds the words claim extraction works with: frame triggers and the
// cue words of modality, attribution, negation and ordinals. It is data: the
// defaults are embedded files under data/, and users add their own with
// AddFrames.
type Lexicon struct {
	triggers map[string][]Trigger // by first token
	cues     map[string]map[string]string
	cueMulti map[string][][]string // class -> multiword cues
	// notAfter holds, by frame, words that show a trigger is used in another
	// sense when they follow it ("not-after-meet: standards").
	notAfter map[string]map[string]string
}

var (
	defaultLex     *Lexicon
	defaultLexOnce sync.Once
	irregular      map[string][]string
)

// DefaultLexicon returns the embedded lexicon. It is built once and shared:
// it is read-only after construction.
func DefaultLexicon() *Lexicon {
	defaultLexOnce.Do(func() {
		l, err := NewLexicon()
		if err != nil {
			panic("claims: embedded lexicon: " + err.Error())
		}
		defaultLex = l
	})
	return defaultLex
}

// NewLexicon builds a lexicon from the embedded data files.
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{triggers: map[string][]Trigger{}, cues: map[string]map[string]string{}, cueMulti: map[string][][]string{}}
	if err := l.AddFrames("frames.txt", strings.NewReader(framesData)); err != nil {
		return nil, err
	}
	if err := l.addCues(cuesData); err != nil {
		return nil, err
	}
	l.notAfter = map[string]map[string]string{}
	for class, words := range l.cues {
		if f, ok := strings.CutPrefix(class, "not-after-"); ok {
			l.notAfter[f] = words
		}
	}
	return l, nil
}

// LoadFrames reads a user frames file (same format as data/frames.txt) into a
// copy of the default lexicon.
func LoadFrames(path string) (*Lexicon, error) {
	l, err := NewLexicon()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return l, l.AddFrames(path, f)
}

func loadIrregular() {
	irregular = map[string][]string{}
	verbForms = map[string]bool{}
	for _, l := range corpus.Lines(irregularData) {
		f := strings.Fields(l)
		irregular[f[0]] = append(irregular[f[0]], f[1:]...)
		for _, w := range f[1:] {
			if !strings.HasSuffix(w, "ing") {
				verbForms[w] = true
			}
		}
	}
}

// verbForms holds the irregular finite forms and participles ("flew",
// "told"), which look like nouns to the suffix tests that find verbs.
var verbForms map[string]bool

// isIrregularVerb reports a finite irregular verb form such as "flew".
func isIrregularVerb(w string) bool {
	irregularOnce.Do(loadIrregular)
	return verbForms[w]
}

var irregularOnce sync.Once

// AddFrames reads frame lines: "FRAME verb|form|noun: trigger, trigger, ...".
// A "form" line lists verb forms as written, not inflected (for verbs whose
// base form is a common noun: "stated" but not "state").
// Verb triggers are inflected (visit → visits, visited, visiting; irregular
// forms from data/irregular.txt); only the first word of a multi-word trigger
// is inflected ("travel to" → "travelled to"). Errors name the file and line.
func (l *Lexicon) AddFrames(name string, r io.Reader) error {
	irregularOnce.Do(loadIrregular)
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, list, ok := strings.Cut(line, ":")
		hf := strings.Fields(head)
		if !ok || len(hf) != 2 || (hf[1] != "verb" && hf[1] != "noun" && hf[1] != "form") {
			return fmt.Errorf("%s:%d: want \"FRAME verb|form|noun: words, ...\"", name, n)
		}
		frame, noun, literal := hf[0], hf[1] == "noun", hf[1] == "form"
		for _, w := range strings.Split(list, ",") {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			words := strings.Fields(w)
			forms := [][]string{words}
			if !noun && !literal {
				forms = nil
				for _, f := range inflect(words[0]) {
					forms = append(forms, append([]string{f}, words[1:]...))
				}
			}
			for _, f := range forms {
				l.triggers[f[0]] = append(l.triggers[f[0]], Trigger{Frame: frame, Words: f, Noun: noun, Form: literal, Base: w})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	// longest first, so matching can stop at the first hit
	for k, ts := range l.triggers {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].Words) > len(ts[j].Words) })
		l.triggers[k] = ts
	}
	return nil
}

// inflect returns the forms of an English verb: base, -s, -ed, -ing, with
// irregular forms from the table. It over-generates harmlessly (both
// "travelled" and "traveled").
func inflect(v string) []string {
	forms := []string{v}
	add := func(s ...string) { forms = append(forms, s...) }
	if irr, ok := irregular[v]; ok {
		add(irr...)
	}
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		add(v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		add(v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		add(v+"es", v+"ed", v+"ing")
	default:
		add(v+"s", v+"ed", v+"ing")
		if c := v[len(v)-1]; len(v) >= 3 && !strings.ContainsRune("aeiouwxy", rune(c)) && strings.ContainsRune("aeiou", rune(v[len(v)-2])) && !strings.ContainsRune("aeiou", rune(v[len(v)-3])) {
			add(v+string(c)+"ed", v+string(c)+"ing")
		}
	}
	return forms
}

// addCues reads "class: word, multi word, ..." lines. A word may carry a value
// after '=' ("second=2").
func (l *Lexicon) addCues(data string) error {
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, list, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("cues.txt:%d: want \"class: word, ...\"", i+1)
		}
		class = strings.TrimSpace(class)
		if l.cues[class] == nil {
			l.cues[class] = map[string]string{}
		}
		for _, w := range strings.Split(list, ",") {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			w, val, _ := strings.Cut(w, "=")
			if strings.Contains(w, " ") {
				l.cueMulti[class] = append(l.cueMulti[class], strings.Fields(w))
				l.cues[class][w] = val
				continue
			}
			l.cues[class][w] = val
		}
	}
	return nil
}

// Cue reports whether word (lower case) is a cue of class, with its value.
func (l *Lexicon) Cue(class, word string) (string, bool) {
	v, ok := l.cues[class][word]
	return v, ok
}
