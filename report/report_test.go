package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sample() *Report {
	return &Report{
		Articles: []Article{
			{ID: "a", Path: "a.md", Outlet: "Wire | Daily", Published: Published{Value: "2024-03-06", Source: "metadata"}},
			{ID: "b", Path: "b.txt", Published: Published{Source: "text", Begin: "2024-01-01"}},
			{ID: "c", Path: "c.txt", Published: Published{Source: "text", Begin: "2024-01-01", End: "2024-02-01"}},
		},
		Claims: []Claim{
			{ID: "c1", Article: "a", Text: "her first visit", Predicate: "visit"},
			{ID: "c2", Article: "b", Text: "her second visit", Predicate: "visit"},
		},
		Findings: []Finding{{
			ID: "f1", Topic: "ordinal of the visit | to Oslo", Verdict: "explained",
			Values:      []string{"first", "second"},
			Explanation: "Two visits.",
			Sides: []Side{
				{Value: "first", Articles: []string{"a"}, Claims: []string{"c1"}, Quotes: []string{"her first visit"}},
				{Value: "second", Articles: []string{"b"}, Claims: []string{"c2"}, Quotes: []string{"her second visit"}},
			},
		}},
	}
}

func TestTable(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteTable(&b, sample()))
	out := b.String()
	for _, line := range strings.Split(out, "\n") {
		assert.LessOrEqual(t, len([]rune(line)), Width, "fits %d columns: %q", Width, line)
	}
	assert.Contains(t, out, "explained")
	assert.Contains(t, out, "first — [1]")
	assert.Contains(t, out, "published on or after 2024-01-01")
	assert.Contains(t, out, "published between 2024-01-01 and 2024-02-01")
}

func TestMarkdownEscapesPipes(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteMarkdown(&b, sample()))
	out := b.String()
	assert.Contains(t, out, `ordinal of the visit \| to Oslo`, "a | in a cell must not split the row")
	assert.Contains(t, out, `Wire \| Daily`)
}

func TestCSVOneRowPerClaim(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, sample()))
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3, "header and one row per claim")
	assert.Equal(t, []string{"f1", "ordinal of the visit | to Oslo", "explained", "first", "a", "2024-03-06", "c1", "her first visit", "Two visits."}, rows[1])
}

func TestWrap(t *testing.T) {
	tests := []struct {
		desc, in string
		width    int
		want     string
	}{
		{"short line stays", "one two", 20, "one two\n"},
		{"breaks at spaces and indents", "one two three four", 9, "one two\n  three\n  four\n"},
		{"counts runes, not bytes", "ééé ééé ééé", 7, "ééé ééé\n  ééé\n"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, wrap(tc.in, tc.width, "  "), tc.desc)
	}
}

func TestHTMLEscapesArticleText(t *testing.T) {
	r := sample()
	r.Findings[0].Sides[0].Quotes = []string{`<script>alert("x")</script>`}
	var b bytes.Buffer
	require.NoError(t, WriteHTML(&b, r))
	out := b.String()
	assert.NotContains(t, out, "<script>")
	assert.Contains(t, out, "&lt;script&gt;")
	assert.Contains(t, out, `class="verdict explained"`)
}
