package claims_test

import (
	"fmt"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/corpus"
)

// FuzzPipeline runs the whole per-article pipeline and comparison on arbitrary
// text: it must never panic, and every claim's evidence must be a valid
// span of the text.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"Syrian President Ahmed al-Sharaa visited Moscow on Wednesday, his second visit.",
		"---\npublished: 2024-03-06\n---\nActing Finance Minister Tomas Berg said on Monday that \"the budget will pass\".\n",
		"Title\nWARSAW - Police said 31 people were injured and about 50 killed in the blast on Jan. 5, 2019.",
		"He was not named. It fell. The fall of X's regime in late 2024 ten months ago.",
		"“Quoted,” she said. Dr. Ann Lee, 45, and Mr. Bo (BO) met the U.S. envoy in 5 p.m. talks.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("FuzzPipeline: no answer after 10 s on %q", text))
			}
		}()
		a, err := corpus.ParseText("fuzz.md", []byte(text))
		if err != nil {
			return // rejected input is fine; a panic is not
		}
		x := claims.Extract(a, nil)
		for _, c := range x.Claims {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End {
				t.Fatalf("claim span [%d,%d) outside text of %d bytes", c.Start, c.End, len(a.Text))
			}
			sp := a.RawSpan(c.Start, c.End)
			if !utf8.ValidString(a.Raw[sp.Start:sp.End]) {
				t.Fatalf("claim evidence %q is not valid UTF-8", a.Raw[sp.Start:sp.End])
			}
		}
		compare.Compare([]*claims.Extraction{x, claims.Extract(a, nil)}, compare.Options{All: true})
	})
}
