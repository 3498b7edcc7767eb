package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus"
)

// TestReferenceStoryGold checks the reference story's gold timexes that
// need no other article (../shared/gold/sharaa-moscow.json) and the
// publication dates inferred without metadata.
func TestReferenceStoryGold(t *testing.T) {
	story := sharedPath(t, "stories/sharaa-moscow")
	goldPath := sharedPath(t, "gold/sharaa-moscow.json")
	var gold struct {
		Timexes []struct {
			Article, Text, Value, Mod, Type, Needs string
			Nth                                    int
		}
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	res := corpus.Read([]string{story}, corpus.Options{})
	tagged := map[string][]Timex{}
	pubs := map[string]Published{}
	arts := map[string]*corpus.Article{}
	for _, a := range res.Articles {
		if a.Published != "" {
			t.Fatalf("%s has metadata; this test is about inference", a.ID)
		}
		tagged[a.ID], pubs[a.ID] = Tag(a)
		arts[a.ID] = a
	}
	ok, n := 0, 0
	for _, g := range gold.Timexes {
		n++
		a := arts[g.Article]
		if a == nil {
			t.Fatalf("article %s missing", g.Article)
		}
		// the n-th occurrence of the gold text in the raw article
		nth := max(g.Nth, 1)
		at := -1
		for k := 0; k < nth; k++ {
			i := strings.Index(a.Raw[at+1:], g.Text)
			if i < 0 {
				t.Fatalf("%s: %q not in article", g.Article, g.Text)
			}
			at += 1 + i
		}
		var got *Timex
		for i := range tagged[g.Article] {
			x := &tagged[g.Article][i]
			sp := a.RawSpan(x.Start, x.End)
			if sp.Start < at+len(g.Text) && at < sp.End {
				got = x
				break
			}
		}
		switch {
		case got == nil && g.Needs == "":
			t.Errorf("%s: %q not found", g.Article[:3], g.Text)
		case got != nil && got.Value == g.Value:
			ok++
		case g.Needs == "":
			t.Errorf("%s: %q = %s, want %s", g.Article[:3], g.Text, got.Value, g.Value)
		}
	}
	t.Logf("timex value recall %d/%d = %.3f", ok, n, float64(ok)/float64(n))
	if float64(ok)/float64(n) < 0.70 {
		t.Errorf("value recall %.3f < 0.70", float64(ok)/float64(n))
	}

	// publication dates from the text alone
	p := pubs["000_ac8e3be18123edf6"]
	if p.Value != "2026-01-28" || p.Source != "text" {
		t.Errorf("000: published %+v, want 2026-01-28 (to the day)", p)
	}
	if p := pubs["002_7b1bc22cdb14519c"]; !strings.HasPrefix(p.Value, "2026-01") {
		t.Errorf("002: published %+v, want January 2026", p)
	}
	p = pubs["004_bec38ad6cacb7ccc"]
	if p.Value != "2025" || p.Interval.Begin.Before(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("004: published %+v, want 2025, after July 2025", p)
	}
	for id, p := range pubs {
		if p.Known() && p.Evidence == "" {
			t.Errorf("%s: no evidence", id)
		}
	}
}

// TestTempEval3Dev scores the development part of TempEval-3 and fails when
// value F1 drops well below the level reached (a regression guard, not the
// measurement: see TestWriteReports and docs/dates.md).
func TestTempEval3Dev(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	in := sharedPath(t, "eval/tempeval3/tbaq_articles.jsonl")
	goldPath := sharedPath(t, "eval/tempeval3/tbaq_cleaned_train.jsonl")
	res := corpus.Read([]string{in}, corpus.Options{})
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type gx struct {
		Start, End int
		Value      string
	}
	gold := map[string][]gx{}
	texts := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			ID, Text string
			Timexes  []gx
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		if heldOut(d.ID) {
			continue
		}
		gold[d.ID], texts[d.ID] = d.Timexes, d.Text
	}
	var G, S, rel, val int
	for _, a := range res.Articles {
		gs, ok := gold[a.ID]
		if !ok {
			continue
		}
		// code points to bytes
		text := texts[a.ID]
		bpos := make([]int, 0, len(text)+1)
		for i := range text {
			bpos = append(bpos, i)
		}
		bpos = append(bpos, len(text))
		tx, _ := Tag(a)
		S += len(tx)
		G += len(gs)
		used := make([]bool, len(tx))
		for _, g := range gs {
			gst, gen := bpos[g.Start], bpos[g.End]
			best := -1
			for k, x := range tx {
				sp := a.RawSpan(x.Start, x.End)
				if used[k] || !(sp.Start < gen && gst < sp.End) {
					continue
				}
				if best < 0 || sp.Start == gst && sp.End == gen {
					best = k
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			rel++
			if strings.EqualFold(tx[best].Value, g.Value) {
				val++
			}
		}
	}
	f1 := func(n int) float64 { p, r := float64(n)/float64(S), float64(n)/float64(G); return 2 * p * r / (p + r) }
	t.Logf("dev: gold %d system %d relaxed F1 %.3f value F1 %.3f", G, S, f1(rel), f1(val))
	if f1(val) < 0.80 || f1(rel) < 0.93 {
		t.Errorf("dev scores fell: relaxed %.3f value %.3f", f1(rel), f1(val))
	}
}
