package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/corpus"
)

// story builds and compares a story from article texts (file name → text).
func story(t *testing.T, files ...string) *Story {
	t.Helper()
	var xs []*claims.Extraction
	for i := 0; i+1 < len(files); i += 2 {
		a, err := corpus.ParseText(files[i], []byte(files[i+1]))
		require.Nil(t, err)
		xs = append(xs, claims.Extract(a, nil))
	}
	return Compare(xs, Options{})
}

// finding returns the first finding whose topic contains topic.
func finding(s *Story, topic string) *Finding {
	for i := range s.Findings {
		if strings.Contains(s.Findings[i].Topic, topic) {
			return &s.Findings[i]
		}
	}
	return nil
}

func topics(s *Story) []string {
	var out []string
	for _, f := range s.Findings {
		out = append(out, f.Verdict+": "+f.Topic)
	}
	return out
}

func TestVerdicts(t *testing.T) {
	tests := []struct {
		desc    string
		files   []string
		topic   string
		verdict string // "" means: no finding on that topic
	}{
		{
			desc: "first and second visit are two visits: explained",
			files: []string{
				"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for her first official visit to Norway.\n",
				"b.md", "---\npublished: 2024-09-12\n---\nChancellor Maria Lindqvist arrived in Oslo on Wednesday, September 11, for her second visit to Norway.\n",
				"c.md", "---\npublished: 2024-09-12\n---\nMaria Lindqvist returned to Oslo on Wednesday. Her first visit was in March 2024.\n",
			},
			topic: "ordinal of Maria Lindqvist", verdict: Explained,
		},
		{
			desc: "the later visit called the first: conflict",
			files: []string{
				"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for her first official visit to Norway.\n",
				"b.md", "---\npublished: 2024-09-12\n---\nChancellor Maria Lindqvist arrived in Oslo on Wednesday, September 11, for her first visit to Norway.\n",
			},
			topic: "ordinal of Maria Lindqvist", verdict: Conflict,
		},
		{
			desc: "one visit, same ordinal everywhere: no finding",
			files: []string{
				"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for her first official visit to Norway.\n",
				"b.md", "---\npublished: 2024-03-06\n---\nMaria Lindqvist made her first visit to Norway on Tuesday, March 5.\n",
			},
			topic: "ordinal of Maria Lindqvist", verdict: "",
		},
		{
			desc: "an acting title after the confirmation: conflict",
			files: []string{
				"a.md", "---\npublished: 2023-11-20\n---\nParliament confirmed Tomas Berg as finance minister in early October 2023.\n",
				"b.md", "---\npublished: 2023-11-21\n---\nActing Finance Minister Tomas Berg presented the budget on Tuesday.\n",
			},
			topic: "Tomas Berg's title", verdict: Conflict,
		},
		{
			desc: "an acting title before the confirmation: no finding",
			files: []string{
				"a.md", "---\npublished: 2023-11-20\n---\nParliament confirmed Tomas Berg as finance minister in early November 2023.\n",
				"b.md", "---\npublished: 2023-09-12\n---\nActing Finance Minister Tomas Berg presented the budget on Tuesday.\n",
			},
			topic: "Tomas Berg's title", verdict: "",
		},
		{
			desc: "a death told on two dates that cannot overlap: conflict",
			files: []string{
				"a.md", "---\npublished: 2022-05-10\n---\nThe poet Elena Marsh died on May 3, 2022, in Lisbon.\n",
				"b.md", "---\npublished: 2022-05-10\n---\nThe poet Elena Marsh died on May 8, 2022, at her home.\n",
			},
			topic: "date of Elena Marsh", verdict: Conflict,
		},
		{
			desc: "December agrees with late in the year: no finding",
			files: []string{
				"a.md", "---\npublished: 2022-05-10\n---\nThe poet Elena Marsh died in December 2021 in Lisbon.\n",
				"b.md", "---\npublished: 2022-05-10\n---\nThe poet Elena Marsh died in late 2021.\n",
			},
			topic: "date of Elena Marsh", verdict: "",
		},
		{
			desc: "one dated visit in two cities: conflict",
			files: []string{
				"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for talks.\n",
				"b.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Stockholm on Tuesday, March 5, for talks.\n",
			},
			topic: "place of Maria Lindqvist", verdict: Conflict,
		},
		{
			desc: "a city and its country: no finding",
			files: []string{
				"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for talks.\n",
				"b.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Norway on Tuesday, March 5, for talks.\n",
			},
			topic: "place of Maria Lindqvist", verdict: "",
		},
		{
			desc: "spellings of one name: variant",
			files: []string{
				"a.md", "---\npublished: 2022-05-10\n---\nPresident Muammar Gaddafi spoke in Tripoli on Monday.\n",
				"b.md", "---\npublished: 2022-05-10\n---\nPresident Muammar Qaddafi spoke in Tripoli on Monday.\n",
			},
			topic: "spelling of", verdict: Variant,
		},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s := story(t, tc.files...)
			f := finding(s, tc.topic)
			if tc.verdict == "" {
				assert.Nil(t, f, "findings: %v", topics(s))
				return
			}
			if assert.NotNil(t, f, "findings: %v", topics(s)) {
				assert.Equal(t, tc.verdict, f.Verdict, f.Explanation)
				assert.NotEmpty(t, f.Explanation)
				assert.GreaterOrEqual(t, len(f.Sides), 2)
			}
		})
	}
}

// TestPublicationFromCorpus: an article without a date, whose "on Wednesday"
// visit is the one another article dates, is dated by that article.
func TestPublicationFromCorpus(t *testing.T) {
	s := story(t,
		"a.md", "---\npublished: 2024-09-12\n---\nChancellor Maria Lindqvist arrived in Oslo on Wednesday, September 11, for her second visit to Norway.\n",
		"b.txt", "Lindqvist in Oslo\nChancellor Maria Lindqvist met Prime Minister Jonas Dahl in Oslo on Wednesday, her second visit to Norway this year.\n",
	)
	p := s.Published(1)
	assert.Equal(t, "corpus", p.Source, p.Evidence)
	assert.Equal(t, "2024-09-11", p.Value, p.Evidence)
	assert.Contains(t, p.Evidence, "a")
}

// TestDeterministic: the same input gives the same findings in the same order.
func TestDeterministic(t *testing.T) {
	files := []string{
		"a.md", "---\npublished: 2024-03-06\n---\nChancellor Maria Lindqvist arrived in Oslo on Tuesday, March 5, for her first official visit to Norway.\n",
		"b.md", "---\npublished: 2024-09-12\n---\nChancellor Maria Lindqvist arrived in Oslo on Wednesday, September 11, for her second visit to Norway.\n",
		"c.md", "---\npublished: 2024-09-12\n---\nActing Chancellor Maria Lindqvist returned to Oslo on Wednesday.\n",
	}
	first := topics(story(t, files...))
	for i := 0; i < 5; i++ {
		assert.Equal(t, first, topics(story(t, files...)))
	}
}
