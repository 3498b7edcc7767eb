package claims

import "testing"

// Role, modality, place and time cases of the set25 dev sample (25th and
// 26th articles of topics 21–40), in invented sentences.
func TestExtractS25(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a headline 'X announced as the new Y' is X announced, not X announcing",
			text: "# Nadia Rahman announced as the new head of Tenex\n\nThe board met on Monday.",
			want: []want{{pred: "announce", subj: "-", obj: "Nadia Rahman"}},
		},
		{
			desc: "'X named as the new Y' without 'was' is X named",
			text: "Nadia Rahman named as the new head of Tenex on Monday.",
			want: []want{{pred: "appoint", subj: "-", obj: "Nadia Rahman"}},
		},
		{
			desc: "'announced as expected' keeps the announcer",
			text: "Acme Corp announced as expected on Monday that it would cut prices.",
			want: []want{{pred: "announce", subj: "Acme Corp"}},
		},
		{
			desc: "'intended to' is a plan",
			text: "Mayor Tom Reyes said on Monday he intended to nominate Carla Mendez as police chief.",
			want: []want{{pred: "appoint", subj: "Tom Reyes", obj: "Carla Mendez", mod: Planned}},
		},
		{
			desc: "a place before a crash says where it was, no doer",
			text: "# Denver man charged in fatal Chicago crash\n\nA Denver man was charged on Monday.",
			want: []want{{pred: "crash", subj: "-", place: "Chicago"}},
		},
		{
			desc: "a name modifying 'scandal' after 'in' is no place",
			text: "Tom Reyes pleaded guilty in the Denver bribery scandal in May 2019.",
			want: []want{{pred: "plead", subj: "Tom Reyes", place: "-", tim: "2019-05"}},
		},
		{
			desc: "a code written with spaced hyphens holds no year",
			text: "Acme Corp released a patch for the flaw CVE - 2019 - 1875 on Monday.",
			want: []want{{pred: "release", subj: "Acme Corp", tim: "2024-04-29"}},
		},
		{
			desc: "an undated statement of a person who died is not dated at publication",
			text: "Tom Reyes, a former aide to the mayor, died on Saturday in Leeds.\n\nReyes said he had warned against the plan.",
			want: []want{{pred: "die", subj: "Tom Reyes"}, {pred: "say", subj: "Tom Reyes", tim: "-"}},
		},
		{
			desc: "a living speaker's statement keeps the publication date",
			text: "Tom Reyes, a former aide to the mayor, was arrested on Saturday in Leeds.\n\nReyes said he had warned against the plan.",
			want: []want{{pred: "say", subj: "Tom Reyes", tim: "2024-05-02"}},
		},
		{
			desc: "a verb trigger after 'no' (and one noun) is a noun: no stop sign, no sign of",
			text: "The street has no stop sign, Tom Reyes said on Monday.\n\nThere was no sign of Ann Roe in Leeds, police said on Monday.",
			none: []string{"sign", "hire"},
		},
		{
			desc: "'no longer visits' keeps the verb; 'no arrest' is the arrest noun, negated",
			text: "Ann Roe no longer visits Paris.\n\nPolice made no arrest in Leeds on Monday.",
			want: []want{{pred: "visit", neg: true}, {pred: "arrest", place: "Leeds", neg: true}},
		},
		{
			desc: "'he said' after 'with the BBC Vane admitted' is Vane's",
			text: "Peter Vane has been named the new host of the show.\n\nIn a live interview with the BBC Vane admitted he had been a long-time fan of the show.\nHe said he used to pretend to be the host as a child growing up in Leeds.",
			want: []want{{pred: "say", subj: "Peter Vane"}},
		},
		{
			desc: "an event's name before 'winning' is what was won, not the winner",
			text: "Tom Reyes joined the Comets after their Super Bowl winning season in 2009.",
			want: []want{{pred: "win", subj: "-", obj: "Super Bowl"}},
		},
		{
			desc: "'and tell us' asks the reader: no statement",
			text: "Peter Vane was named the new captain on Monday.\n\nClick here to see the VII Wonders and tell us which one you like best.",
			none: []string{"say"},
		},
		{
			desc: "'will tell us' is a statement",
			text: "Ann Roe will tell us about her trip to Paris on Monday.",
			want: []want{{pred: "say", subj: "Ann Roe", mod: Planned}},
		},
		{
			desc: "a name ending in -ly right before the verb is no adverb",
			text: "Ann Kelly named as the new head of Tenex on Monday.",
			want: []want{{pred: "appoint", subj: "-", obj: "Ann Kelly"}},
		},
		{
			desc: "a place before another event's noun is that event's place, not the charge's",
			text: "Tom Reyes was charged in the fatal Chicago crash.",
			want: []want{{pred: "charge", obj: "Tom Reyes", place: "-"}, {pred: "crash", subj: "-", place: "Chicago"}},
		},
		{
			desc: "a possessor named after 'she' in her sentence is someone else",
			text: "Ann Roe, who is a mother of two, had been in her old street to visit Raj Patel, according to Tom Lee.\nShe had moved away years ago, her friend said.\nAs part of a local custom, she had been visiting to greet Patel's new wife, he explained.",
			want: []want{{pred: "visit", subj: "Ann Roe", obj: "Raj Patel"}},
			none: []string{"visit:visiting"},
		},
		{
			desc: "'saw two friends die': the friends die, not the one who saw",
			text: "Ann Roe saw two friends die in the crash in Leeds on Monday.",
			want: []want{{pred: "die", subj: "-"}},
		},
		{
			desc: "'had many relatives die' is no death of the subject; 'made Tom Reyes resign' is Reyes",
			text: "Ann Roe, who has had many relatives die of cancer, spoke in Leeds on Monday.\n\nThe scandal made Tom Reyes resign on Monday.",
			want: []want{{pred: "resign", subj: "Tom Reyes"}},
			none: []string{"die"}, // no one named dies: no checkable claim
		},
		{
			desc: "'released as a free download' keeps the releaser: release names no role",
			text: "Acme Corp released as a free download its new browser on Monday.",
			want: []want{{pred: "release", subj: "Acme Corp", obj: "-"}},
		},
		{
			desc: "'X, whose two brothers have died' is no death of X",
			text: "Ann Roe, whose two brothers have died, spoke in Leeds on Monday.",
			want: []want{{pred: "die", subj: "-"}},
		},
		{
			desc: "'X, whose son was arrested' is no arrest of X",
			text: "Ann Roe, whose son was arrested in May, spoke in Leeds on Monday.",
			want: []want{{pred: "arrest", obj: "-"}},
		},
		{
			desc: "a name after 'whose' is the one it happened to",
			text: "Jane Doe, whose husband Tom Doe was arrested in May, spoke on Monday.",
			want: []want{{pred: "arrest", obj: "Tom Doe"}},
		},
		{
			desc: "'knew the gunmen had attacked': the gunmen attacked, not the one who knew",
			text: "Ann Roe knew the gunmen had attacked the bank in Leeds on Monday.",
			want: []want{{pred: "attack", subj: "-"}},
		},
		{
			desc: "'had many relatives have die' (a garbled causative) is no death of the subject",
			text: "Ann Roe, who has had many relatives have die of cancer, spoke in Leeds on Monday.",
			none: []string{"die"}, // a death of no one named, at no time, is no checkable claim
		},
		{
			desc: "an adverb between the subject and 'been' is no noun phrase",
			text: "Tom Reyes, who has always been arrested in Leeds, spoke on Monday.",
			want: []want{{pred: "arrest", obj: "Tom Reyes"}},
		},
	}
	runExtractCases(t, tests)
}
