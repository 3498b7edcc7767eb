package mention

// prose's NER is measured here, never used by the pipeline: the numbers in
// docs/entities.md come from TestProseNERReference and the two benchmarks.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/corpus"
)

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// sharedProseModel loads prose's model once: NewDocument without UsingModel
// reloads it on every call (230 ms, 106 MB).
func sharedProseModel(tb testing.TB) *prose.Model {
	proseOnce.Do(func() {
		d, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
		if err == nil {
			proseModel = d.Model
		}
	})
	if proseModel == nil {
		tb.Skip("prose model unavailable")
	}
	return proseModel
}

func proseEntities(tb testing.TB, a *corpus.Article) []prose.Entity {
	m := sharedProseModel(tb)
	var out []prose.Entity
	for i := range a.Sentences {
		d, err := prose.NewDocument(a.SentenceText(i), prose.UsingModel(m), prose.WithSegmentation(false))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, d.Entities()...)
	}
	return out
}

// proseType maps prose's labels to ours (it has no NORP, FACILITY rarely).
var proseType = map[string]string{"PERSON": "PERSON", "GPE": "GPE", "GSP": "GPE", "ORGANIZATION": "ORG", "LOCATION": "LOC", "FACILITY": "FACILITY"}

type goldFile struct {
	Entities []struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		Mentions []struct {
			Article string `json:"article"`
			Text    string `json:"text"`
		} `json:"mentions"`
	} `json:"entities"`
}

// TestProseNERReference compares prose's NER and Find on the gold mentions
// of the reference story: for each distinct (article, text) of the gold, is
// the exact string found as a mention, and with the gold type?
func TestProseNERReference(t *testing.T) {
	dir := filepath.Join(shared, "stories/sharaa-moscow")
	gp := filepath.Join(shared, "gold/sharaa-moscow.json")
	data, err := os.ReadFile(gp)
	if err != nil {
		t.Skipf("%s not available", gp)
	}
	var gold goldFile
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	res := corpus.Read([]string{dir}, corpus.Options{})
	byID := map[string]*corpus.Article{}
	for _, a := range res.Articles {
		byID[a.ID] = a
	}
	proseBy := map[string]map[string]string{} // article → text → our type of prose's label
	oursBy := map[string]map[string]string{}
	var proseAll []string
	for id, a := range byID {
		proseBy[id], oursBy[id] = map[string]string{}, map[string]string{}
		for _, e := range proseEntities(t, a) {
			proseBy[id][strings.ToLower(e.Text)] = proseType[e.Label]
			proseAll = append(proseAll, e.Label+": "+e.Text)
		}
		for _, m := range Find(a) {
			oursBy[id][strings.ToLower(m.Text)] = m.Type
		}
	}
	type key struct{ art, text, typ string }
	seen := map[key]bool{}
	var n, proseFound, proseTyped, oursFound, oursTyped int
	var misses []string
	for _, e := range gold.Entities {
		for _, m := range e.Mentions {
			k := key{m.Article, strings.ToLower(m.Text), e.Type}
			if seen[k] {
				continue
			}
			seen[k] = true
			n++
			if typ, ok := proseBy[m.Article][k.text]; ok {
				proseFound++
				if typ == e.Type {
					proseTyped++
				} else {
					misses = append(misses, "prose: "+m.Text+" → "+typ+" (gold "+e.Type+")")
				}
			} else {
				misses = append(misses, "prose: "+m.Text+" not found")
			}
			if typ, ok := oursBy[m.Article][k.text]; ok {
				oursFound++
				if typ == e.Type {
					oursTyped++
				}
			}
		}
	}
	sort.Strings(misses)
	sort.Strings(proseAll)
	t.Logf("gold (article, text, type) keys: %d", n)
	t.Logf("prose: found %d, typed right %d", proseFound, proseTyped)
	t.Logf("Find:  found %d, typed right %d", oursFound, oursTyped)
	for _, s := range misses {
		t.Log(s)
	}
	if testing.Verbose() {
		t.Logf("prose entities:\n%s", strings.Join(proseAll, "\n"))
	}
	if oursTyped < proseTyped || oursFound < n {
		t.Errorf("Find found %d/%d gold mentions (%d typed right), prose %d (%d typed right)", oursFound, n, oursTyped, proseFound, proseTyped)
	}
}

func storyArticles(tb testing.TB) []*corpus.Article {
	dir := filepath.Join(shared, "stories/sharaa-moscow")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s not available", dir)
	}
	return corpus.Read([]string{dir}, corpus.Options{}).Articles
}

// BenchmarkProseNERStory runs prose's full pipeline (tokens, tags, NER;
// shared model, one document per sentence) on the reference story.
func BenchmarkProseNERStory(b *testing.B) {
	arts := storyArticles(b)
	sharedProseModel(b)
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			proseEntities(b, a)
		}
	}
}

// BenchmarkFindStory runs Find on the same story.
func BenchmarkFindStory(b *testing.B) {
	arts := storyArticles(b)
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Find(a)
		}
	}
}
