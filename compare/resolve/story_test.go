package resolve

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/corpus"
)

const shared = "../../../shared"

// report is the part of the JSON report (../shared/spec/report-json.md) that
// entities fill.
type report struct {
	Articles []reportArticle `json:"articles"`
	Entities []reportEntity  `json:"entities"`
}

type reportArticle struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}

type reportEntity struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Type     string          `json:"type"`
	Mentions []reportMention `json:"mentions"`
}

type reportMention struct {
	Article    string `json:"article"`
	Start, End int
	Text       string `json:"text"`
}

func (m reportMention) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Article string `json:"article"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Text    string `json:"text"`
	}{m.Article, m.Start, m.End, m.Text})
}

// readStory reads a story folder and finds its mentions; it skips the test
// when ../shared is absent.
func readStory(t testing.TB, dir string) ([]*corpus.Article, []Doc) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not available: %v", dir, err)
	}
	res := corpus.Read([]string{dir}, corpus.Options{})
	for _, e := range res.Errors {
		t.Fatalf("reading %s: %v", dir, e)
	}
	var docs []Doc
	for _, a := range res.Articles {
		docs = append(docs, Doc{ID: a.ID, Mentions: mention.Find(a)})
	}
	return res.Articles, docs
}

// buildReport writes entities with raw offsets, as the CLI's JSON report does.
func buildReport(arts []*corpus.Article, docs []Doc, r *Result) report {
	var rep report
	for _, a := range arts {
		rep.Articles = append(rep.Articles, reportArticle{ID: a.ID, Path: a.Path})
	}
	for _, e := range r.Entities {
		re := reportEntity{ID: e.ID, Name: e.Name, Type: e.Type}
		for _, ref := range e.Mentions {
			a, m := arts[ref.Doc], docs[ref.Doc].Mentions[ref.Mention]
			sp := a.RawSpan(m.Start, m.End)
			re.Mentions = append(re.Mentions, reportMention{Article: a.ID, Start: sp.Start, End: sp.End, Text: a.Raw[sp.Start:sp.End]})
		}
		rep.Entities = append(rep.Entities, re)
	}
	return rep
}

// TestReferenceStoryScore scores entity clustering on the reference story
// with ../shared/tools/score.py and holds it to the bar.
func TestReferenceStoryScore(t *testing.T) {
	story := filepath.Join(shared, "stories/sharaa-moscow")
	arts, docs := readStory(t, story)
	r := Resolve(docs)
	rep := buildReport(arts, docs, r)
	for _, e := range rep.Entities {
		for _, m := range e.Mentions {
			if m.Text == "" {
				t.Errorf("%s: empty raw span for a mention of %q", m.Article, e.Name)
			}
		}
	}
	out := filepath.Join(t.TempDir(), "report.json")
	if p := os.Getenv("RESOLVE_REPORT"); p != "" {
		out = p
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available to run score.py")
	}
	cmd := exec.Command(py, filepath.Join(shared, "tools/score.py"), out, filepath.Join(shared, "gold/sharaa-moscow.json"), story)
	b, _ := cmd.Output() // exits 1 on unmet --min only; we pass none
	got := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 {
			if v, err := strconv.ParseFloat(f[1], 64); err == nil {
				got[f[0]] = v
			}
		}
	}
	t.Logf("entity_pair_recall %.3f entity_pair_precision %.3f", got["entity_pair_recall"], got["entity_pair_precision"])
	if got["entity_pair_recall"] < 0.95 {
		t.Errorf("entity_pair_recall = %.3f, want >= 0.95", got["entity_pair_recall"])
	}
	if got["entity_pair_precision"] < 0.98 {
		t.Errorf("entity_pair_precision = %.3f, want >= 0.98", got["entity_pair_precision"])
	}
}
