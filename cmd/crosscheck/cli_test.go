package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const example = "../../examples/warsaw-visits"

// TestGolden runs the CLI and compares stdout, stderr and the exit status
// with the files in testdata/golden.
func TestGolden(t *testing.T) {
	tests := []struct {
		desc string
		name string
		args []string
		code int
	}{
		{"conflict table for the example story", "compare-table", []string{"compare", example}, 0},
		{"markdown for editors", "compare-markdown", []string{"compare", "--format", "markdown", example}, 0},
		{"csv, one row per side", "compare-csv", []string{"compare", "--format", "csv", example}, 0},
		{"the JSON contract", "compare-json", []string{"compare", "--format", "json", example}, 0},
		{"a page for a browser", "compare-html", []string{"compare", "--format", "html", example}, 0},
		{"omissions with --all", "compare-all", []string{"compare", "--all", example}, 0},
		{"flags after the path", "extract-one", []string{"extract", example + "/1-first-visit.md", "--format", "markdown"}, 0},
		{"no input", "usage-noinput", []string{"compare"}, 2},
		{"unknown format", "usage-format", []string{"compare", "--format", "xml", example}, 2},
		{"unknown command", "usage-command", []string{"contrast", example}, 2},
		{"bad inputs stop the run", "bad-stop", []string{"compare", "testdata/bad"}, 2},
		{"--skip-bad goes on", "bad-skip", []string{"compare", "--skip-bad", "testdata/bad"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tc.args, &out, &errb)
			assert.Equal(t, tc.code, code, "exit status (%s); stderr:\n%s", tc.desc, errb.String())
			got := "## stdout\n" + out.String() + "## stderr\n" + errb.String()
			path := filepath.Join("testdata", "golden", tc.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file: run go test ./cmd/crosscheck -update")
			assert.Equal(t, string(want), got, tc.desc)
		})
	}
}

// TestOutputFileIsAtomic: -o writes the whole report, and a rejected run
// leaves no file behind.
func TestOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	var o, e bytes.Buffer
	require.Equal(t, 0, run([]string{"compare", "-f", "json", "-o", out, example}, &o, &e), e.String())
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	var r map[string]any
	require.NoError(t, json.Unmarshal(data, &r))
	assert.Empty(t, o.String(), "nothing on stdout with -o")

	bad := filepath.Join(dir, "bad.json")
	require.Equal(t, 2, run([]string{"compare", "-o", bad, "testdata/bad"}, &o, &e))
	_, err = os.Stat(bad)
	assert.True(t, os.IsNotExist(err), "a rejected run writes nothing")
}

// TestFramesFlag: a user frames file adds triggers without recompiling.
func TestFramesFlag(t *testing.T) {
	dir := t.TempDir()
	frames := filepath.Join(dir, "frames.txt")
	require.NoError(t, os.WriteFile(frames, []byte("launch verb: christen\n"), 0o644))
	art := filepath.Join(dir, "a.md")
	require.NoError(t, os.WriteFile(art, []byte("---\npublished: 2024-05-02\n---\nThe navy christened the frigate Aurora in Gdansk on Tuesday.\n"), 0o644))
	var o, e bytes.Buffer
	require.Equal(t, 0, run([]string{"extract", "-f", "json", art}, &o, &e), e.String())
	assert.NotContains(t, o.String(), `"predicate": "launch"`)
	o.Reset()
	require.Equal(t, 0, run([]string{"extract", "-f", "json", "--frames", frames, art}, &o, &e), e.String())
	assert.Contains(t, o.String(), `"predicate": "launch"`)

	require.NoError(t, os.WriteFile(frames, []byte("launch: christen\n"), 0o644))
	e.Reset()
	assert.Equal(t, 2, run([]string{"extract", "--frames", frames, art}, &o, &e))
	assert.Contains(t, e.String(), "frames.txt:1")
}

// TestReferenceStory runs compare on ../shared/stories/sharaa-moscow and
// checks the JSON contract: every item's offsets quote the raw file.
func TestReferenceStory(t *testing.T) {
	story := "../../../shared/stories/sharaa-moscow"
	if _, err := os.Stat(story); err != nil {
		t.Skip("../shared is not beside the checkout")
	}
	var o, e bytes.Buffer
	require.Equal(t, 0, run([]string{"compare", "--format", "json", story}, &o, &e), e.String())
	var r struct {
		Articles []struct {
			ID, Path  string
			Published struct{ Value, Source string }
		}
		Timexes []struct {
			Article, Text, Value string
			Start, End           int
		}
		Entities []struct {
			ID, Name, Type string
			Mentions       []struct {
				Article, Text string
				Start, End    int
			}
		}
		Claims []struct {
			ID, Article, Text, Predicate string
			Start, End                   int
		}
		Findings []struct {
			ID, Topic, Verdict, Explanation string
			Claims, Values                  []string
		}
	}
	require.NoError(t, json.Unmarshal(o.Bytes(), &r))
	require.Len(t, r.Articles, 5)
	raw := map[string]string{}
	for _, a := range r.Articles {
		b, err := os.ReadFile(a.Path)
		require.NoError(t, err)
		raw[a.ID] = string(b)
		assert.NotEmpty(t, a.Published.Value, "publication date of %s", a.ID)
	}
	quote := func(kind, art string, s, e int, text string) {
		src := raw[art]
		if assert.True(t, 0 <= s && s <= e && e <= len(src), "%s offsets in range", kind) {
			assert.Equal(t, text, src[s:e], "%s text is raw[start:end]", kind)
		}
	}
	for _, x := range r.Timexes {
		quote("timex", x.Article, x.Start, x.End, x.Text)
	}
	for _, en := range r.Entities {
		for _, m := range en.Mentions {
			quote("mention", m.Article, m.Start, m.End, m.Text)
		}
	}
	for _, c := range r.Claims {
		quote("claim", c.Article, c.Start, c.End, c.Text)
	}
	verdicts := map[string]string{}
	for _, f := range r.Findings {
		assert.NotEmpty(t, f.Explanation)
		verdicts[f.Topic] = f.Verdict
	}
	var ordinal, title, variant bool
	for topic, v := range verdicts {
		switch {
		case strings.HasPrefix(topic, "ordinal of Ahmed al-Sharaa"):
			ordinal = v == "explained"
		case strings.Contains(topic, "title in January 2026"):
			title = v == "conflict"
		case strings.HasPrefix(topic, "spelling of Ahmed al-Sharaa"):
			variant = v == "variant"
		}
	}
	assert.True(t, ordinal, "first/second visit explained: %v", verdicts)
	assert.True(t, title, "interim president in January 2026 is a conflict: %v", verdicts)
	assert.True(t, variant, "Ahmad/Ahmed is a variant: %v", verdicts)
}

// TestSameOutputWhateverWorkers: parallel extraction does not change a byte.
func TestSameOutputWhateverWorkers(t *testing.T) {
	var one, four, e bytes.Buffer
	require.Equal(t, 0, run([]string{"compare", "-f", "json", "--workers", "1", example}, &one, &e), e.String())
	require.Equal(t, 0, run([]string{"compare", "-f", "json", "--workers", "4", example}, &four, &e), e.String())
	assert.Equal(t, one.String(), four.String())
}
