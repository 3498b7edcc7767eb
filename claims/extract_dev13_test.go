package claims

import "testing"

// Cases of the dev13 sample (audit-13 articles of topics 41–45, re-extracted
// on the current code), in invented sentences.
func TestExtractDev13(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a year and a quarter before a noun date the results, not the announcement",
			text: "In a June 3 conference call with reporters to announce Tenex's 2019 second-quarter financial results, Ann Roe spoke of the deal.",
			want: []want{{pred: "announce", tim: "2024-06-03"}},
		},
		{
			desc: "a date opening with its own determiner before a noun dates that noun",
			text: "Tenex Corp announced the 2019 second-quarter results on Monday.",
			want: []want{{pred: "announce", subj: "Tenex Corp", tim: "2024-04-29"}},
		},
		{
			desc: "a lower-case date after a possessive dates its noun",
			text: "Tenex Corp announced its fourth-quarter results on Monday.",
			want: []want{{pred: "announce", subj: "Tenex Corp", tim: "2024-04-29"}},
		},
		{
			desc: "a date after a preposition still dates the verb",
			text: "Tenex Corp announced the merger in the 2019 second quarter.",
			want: []want{{pred: "announce", subj: "Tenex Corp", tim: "2019-Q2"}},
		},
		{
			desc: "releasing a date or prices sets no one free",
			text: "Tenex Corp has not released a launch date or pricing for the phone.\n\nVoxa Inc released its prices on Monday.",
			none: []string{"release"},
		},
		{
			desc: "a prisoner released stays a release",
			text: "Police released Ann Roe on Monday.",
			want: []want{{pred: "release", obj: "Ann Roe"}},
		},
		{
			desc: "'could not tell X from Y' tells apart, it states nothing",
			text: "Tom Reyes said the photos were so blurred that he could not tell his brother from the neighbours.",
			want: []want{{pred: "say", trigger: "said", subj: "Tom Reyes"}},
			none: []string{"say:tell"},
		},
		{
			desc: "'could tell reporters from X that' stays a statement",
			text: "Tom Reyes said he could tell reporters from Radio Leeds that he was innocent.",
			want: []want{{pred: "say", trigger: "tell", subj: "Tom Reyes", mod: Hedged}},
		},
		{
			desc: "'will tell reporters from' (no word of ability) stays a statement",
			text: "Ann Roe will tell reporters from her home what happened.",
			want: []want{{pred: "say", trigger: "tell", subj: "Ann Roe", mod: Planned}},
		},
		{
			desc: "'make the acquisition profitable' makes no acquisition",
			text: "Tenex Corp will cut costs to make the acquisition profitable.",
			none: []string{"acquire"},
		},
		{
			desc: "'make the acquisition' is still the light verb",
			text: "Tenex Corp will make the acquisition in May.",
			want: []want{{pred: "acquire", subj: "Tenex Corp", mod: Planned}},
		},
		{
			desc: "a hyphenated measure's evidence runs on to the noun it measures",
			text: "Tom Reyes threw a 40-yard pass.",
			want: []want{{pred: "quantity", subj: "Tom Reyes", evidence: "Tom Reyes threw a 40-yard pass"}},
		},
		{
			desc: "a hyphenated measure in a relative clause names its noun too",
			text: "The Voxa Pro, which will carry an 8-megapixel camera, goes on sale in May.",
			want: []want{{pred: "quantity", subj: "Voxa Pro", evidence: "Voxa Pro, which will carry an 8-megapixel camera"}},
		},
	}
	runExtractCases(t, tests)
}
