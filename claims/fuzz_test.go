package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus"
)

// checkSpans asserts that every claim points into its article.
func checkSpans(t *testing.T, x *Extraction) {
	t.Helper()
	n := len(x.Article.Text)
	for _, c := range x.Claims {
		if c.Start < 0 || c.End > n || c.Start > c.End {
			t.Fatalf("claim %s span [%d,%d) outside text of %d bytes", c.Predicate, c.Start, c.End, n)
		}
		for _, a := range []*Arg{c.Subject, c.Object, c.Place} {
			if a != nil && (a.Start < 0 || a.End > n || a.Start > a.End) {
				t.Fatalf("claim %s argument %q span [%d,%d) outside text", c.Predicate, a.Text, a.Start, a.End)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Ivan Petrov met Maria Lopez in Madrid on Monday - the first such meeting since the war began.",
		"\"We will keep working,\" said Academy spokeswoman Lena Moreau.",
		"by Syria's agency SANA, announced",
		"He killed my brother, \" Haddad said.",
		"announced by",
		"’s n’t “ ” - , who which that",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		a, err := corpus.ParseText("f.md", []byte(body))
		if err != nil {
			return
		}
		checkSpans(t, Extract(a, nil))
	})
}

// TestExtractECBPlus runs the extractor over the real news of
// ../shared/eval/ecbplus (skipped when absent): no panics, spans in range.
func TestExtractECBPlus(t *testing.T) {
	f, err := os.Open("../../shared/eval/ecbplus/ecbplus_articles.jsonl")
	if err != nil {
		t.Skip("ECB+ not available:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		var d struct{ ID, Text string }
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		a, err := corpus.ParseText(d.ID+".txt", []byte(d.Text))
		if err != nil {
			continue
		}
		checkSpans(t, Extract(a, nil))
		n++
	}
	if n == 0 {
		t.Fatal("no ECB+ article read")
	}
}
