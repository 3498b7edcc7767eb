package timex

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/corpus"
)

// shared is ../shared from the module root.
const shared = "../../../shared"

func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// heldOut reports whether a TempEval-3 document belongs to the held-out
// fifth (by FNV-1a of its id). Development looks only at the others.
func heldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%5 == 0
}

type reportTimex struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Value   string `json:"value"`
	Mod     string `json:"mod,omitempty"`
}

type report struct {
	Articles []reportArticle `json:"articles"`
	Timexes  []reportTimex   `json:"timexes"`
}

type reportArticle struct {
	ID        string         `json:"id"`
	Path      string         `json:"path"`
	Published map[string]any `json:"published"`
}

// buildReport tags articles and writes the report shape the scorers read,
// with raw byte offsets.
func buildReport(arts []*corpus.Article, keep func(*corpus.Article) bool) report {
	var rep report
	for _, a := range arts {
		if keep != nil && !keep(a) {
			continue
		}
		tx, pub := Tag(a)
		rep.Articles = append(rep.Articles, reportArticle{ID: a.ID, Path: a.Path, Published: map[string]any{
			"value": pub.Value, "source": pub.Source, "evidence": pub.Evidence,
		}})
		for _, x := range tx {
			sp := a.RawSpan(x.Start, x.End)
			rep.Timexes = append(rep.Timexes, reportTimex{a.ID, sp.Start, sp.End, a.Raw[sp.Start:sp.End], x.Type, x.Value, x.Mod})
		}
	}
	return rep
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWriteReports writes scorer input for TempEval-3 (all, dev, held-out,
// with matching gold subsets) and for the reference story into the folder
// named by TIMEX_REPORT_DIR. Without it, the test is skipped.
//
//	TIMEX_REPORT_DIR=/tmp/tx go test ./claims/timex -run TestWriteReports
//	python3 ../shared/tools/score_timex.py /tmp/tx/tempeval3-dev.json /tmp/tx/gold-dev.jsonl
func TestWriteReports(t *testing.T) {
	dir := os.Getenv("TIMEX_REPORT_DIR")
	if dir == "" {
		t.Skip("set TIMEX_REPORT_DIR to write reports")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	in := sharedPath(t, "eval/tempeval3/tbaq_articles.jsonl")
	res := corpus.Read([]string{in}, corpus.Options{})
	if len(res.Errors) > 0 {
		t.Fatalf("reading: %v", res.Errors[0])
	}
	writeJSON(t, filepath.Join(dir, "tempeval3.json"), buildReport(res.Articles, nil))
	writeJSON(t, filepath.Join(dir, "tempeval3-dev.json"), buildReport(res.Articles, func(a *corpus.Article) bool { return !heldOut(a.ID) }))
	writeJSON(t, filepath.Join(dir, "tempeval3-heldout.json"), buildReport(res.Articles, func(a *corpus.Article) bool { return heldOut(a.ID) }))

	// gold subsets
	gold, err := os.Open(sharedPath(t, "eval/tempeval3/tbaq_cleaned_train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer gold.Close()
	dev, _ := os.Create(filepath.Join(dir, "gold-dev.jsonl"))
	ho, _ := os.Create(filepath.Join(dir, "gold-heldout.jsonl"))
	sc := bufio.NewScanner(gold)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		w := dev
		if heldOut(d.ID) {
			w = ho
		}
		w.Write(sc.Bytes())
		w.Write([]byte("\n"))
	}
	dev.Close()
	ho.Close()

	// the reference story, without its metadata (it has none)
	story := sharedPath(t, "stories/sharaa-moscow")
	sres := corpus.Read([]string{story}, corpus.Options{})
	writeJSON(t, filepath.Join(dir, "story.json"), buildReport(sres.Articles, nil))
}
