package timex

import (
	"fmt"
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/corpus"
)

// TestDump prints the expressions and publication date of the articles at
// TIMEX_DUMP (a file or folder), for looking at real output:
//
//	TIMEX_DUMP=../shared/stories/sharaa-moscow go test ./claims/timex -run TestDump -v
func TestDump(t *testing.T) {
	path := os.Getenv("TIMEX_DUMP")
	if path == "" {
		t.Skip("set TIMEX_DUMP to a file or folder")
	}
	res := corpus.Read([]string{path}, corpus.Options{})
	for _, e := range res.Errors {
		t.Log(e)
	}
	for _, a := range res.Articles {
		tx, pub := Tag(a)
		fmt.Printf("== %s published %q (%s: %s)\n", a.ID, pub.Value, pub.Source, pub.Evidence)
		for _, x := range tx {
			fmt.Printf("   %-30q %-8s %-16s %-10s %-7s %-11s %v\n", x.Text, x.Type, x.Value, x.Mod, x.Tense, x.Anchor, x.Alternatives)
		}
	}
}
