package claims

import "testing"

// Sense, role, time and modality cases of the set24 dev sample, in
// invented sentences.
func TestExtractS24(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a score next to 'the fourth quarter' makes it a part of the game",
			text: "The Bears lost to the Lions 20 - 13 after a fourth quarter rally by Detroit.",
			want: []want{{pred: "lose", subj: "Bears", tim: "2024-05"}},
		},
		{
			desc: "a fourth quarter with no game near is a part of the year",
			text: "Acme Corp reported a loss of 20 million dollars in the fourth quarter.",
			want: []want{{pred: "lose", tim: "2023-Q4", mod: "reported"}},
		},
		{
			desc: "a range of percents is no score",
			text: "Acme Corp lost 20 - 30 percent of its value in the fourth quarter.",
			want: []want{{pred: "lose", tim: "2023-Q4"}},
		},
		{
			desc: "crashing the boards is going for rebounds, no crash",
			text: "Leo Grant crashes the boards every night.",
			none: []string{"crash"},
		},
		{
			desc: "the object's head is before a determiner that starts a time phrase",
			text: "Leo Grant said.\nHe crashes the boards every time.",
			none: []string{"crash"},
		},
		{
			desc: "a fee not charged to patients is no criminal charge",
			text: "The Elm Street Clinic has been open since 1987 and often doesn't charge patients who can't pay.",
			none: []string{"charge"},
		},
		{
			desc: "a player headed to injured reserve makes no visit",
			text: "Leo Grant is headed to injured reserve with a knee injury.",
			none: []string{"visit"},
		},
		{
			desc: "cardiac arrest is no arrest",
			text: "Dana Kim went into cardiac arrest at the scene on Friday.",
			none: []string{"arrest"},
		},
		{
			desc: "'due to be' plans an event",
			text: "Windows 9, due to be released to the public Oct. 26, is not affected.",
			want: []want{{pred: "release", mod: "planned"}},
		},
		{
			desc: "charges named as a source after 'according to' are no charging",
			text: "According to the criminal charges, two officers heard a loud bang on Friday.",
			none: []string{"charge"},
		},
		{
			desc: "according to a source, the event after it stays",
			text: "According to police, the gunman killed Leo Grant in Ohio on Friday.",
			want: []want{{pred: "kill", obj: "Leo Grant", mod: "reported"}},
		},
		{
			desc: "two streets named together are a corner, not a list of facilities",
			text: "She was hit around 5 a.m. Sunday at Elm Street and Harbor Boulevard in the Bronx.",
			none: []string{"facility"},
		},
		{
			desc: "the head of a family dies, not the family",
			text: "The head of the Lucchese crime family, who had cancer, died in prison on Monday.",
			want: []want{{pred: "die", subj: "-"}},
		},
		{
			desc: "a source noun after 'of what' still speaks",
			text: "The rule passed over the objections of what officials said were most of the letters.",
			want: []want{{pred: "say", subj: "officials"}},
		},
		{
			desc: "a nominee holds no title yet: the word joins the title, not the name",
			text: "Surgeon General Nominee Dr. Ann Roe spoke in Ohio on Monday.",
			want: []want{{pred: "title", subj: "Ann Roe", obj: "surgeon general nominee", evidence: "Surgeon General Nominee Dr. Ann Roe"}},
		},
		{
			desc: "a title at the very start of the text is in the evidence",
			text: "Director Ann Roe spoke in Ohio on Monday.",
			want: []want{{pred: "title", subj: "Ann Roe", obj: "director", evidence: "Director Ann Roe"}},
		},
		{
			desc: "taking over from a person is a succession, no purchase",
			text: "Tom Baker left the show. He will take over from Baker in this year's special ahead of his first full series in 2014.",
			none: []string{"acquire"},
		},
		{
			desc: "a firm that takes over another still buys it",
			text: "Acme Corp will take over Widget Inc in 2014.",
			want: []want{{pred: "acquire", subj: "Acme Corp", obj: "Widget Inc", tim: "2014", mod: "planned"}},
		},
		{
			desc: "two streets sharing a plural head are a corner",
			text: "A shop on Church Ave. was looted on Monday. Ann Roe owns a deli at Church and Harbor Aves in Brooklyn.",
			none: []string{"facility"},
		},
		{
			desc: "'was scheduled to' plans an event that may not have happened",
			text: "Ann Roe was scheduled to be released December 2, but fell ill.",
			want: []want{{pred: "release", mod: "planned"}},
		},
		{
			desc: "an unknown name after 'in' is a place, so 'she' is not resolved to it",
			text: "Ann Roe knew him as a baby.\nBen attended school in Silver Brook but moved to Victoria.\nShe said he travelled to China for a while.",
			want: []want{{pred: "say", subj: "Ann Roe"}},
		},
		{
			desc: "refusing a permit is no denial of a statement; 'said X, who ...' names X the speaker",
			text: "Leo Grant was denied a gun permit in March, said Ann Roe, who would not say why the permit was denied.",
			want: []want{{pred: "say", subj: "Ann Roe", mod: "asserted", evidence: "Leo Grant was denied a gun permit in March, said Ann Roe, who would not say why the permit was denied"}},
			none: []string{"deny"},
		},
		{
			desc: "a board that voted to deny loans denies no statement",
			text: "The state board voted on Monday to deny it further loans.",
			none: []string{"deny"},
		},
		{
			desc: "a capitalized modifier before a longer title belongs to it",
			text: "\"It is sad,\" said Deputy District Attorney Ann Roe on Monday.",
			want: []want{{pred: "title", subj: "Ann Roe", obj: "deputy district attorney"}},
		},
		{
			desc: "'Deputy' alone before a name is still the title",
			text: "Deputy Ann Roe was shot in Ohio on Monday.",
			want: []want{{pred: "title", subj: "Ann Roe", obj: "deputy"}},
		},
		{
			desc: "the full stop of an abbreviated title ends no clause",
			text: "Leo Grant shot and killed Deputy Sgt. Ann Roe in Ohio.",
			want: []want{{pred: "kill", subj: "Leo Grant", obj: "Ann Roe"}, {pred: "title", subj: "Ann Roe", obj: "deputy sgt."}},
		},
		{
			desc: "a place after ', the' is another clause's",
			text: "By the time Tom Reed was released Wednesday, the tension in Silver Brook could be felt.",
			want: []want{{pred: "release", place: "-"}},
		},
		{
			desc: "claiming a prize is taking it, no statement",
			text: "The Hawks, who claimed the summer's top free agent prize in Leo Grant, won on Sunday.",
			none: []string{"say"},
		},
		{
			desc: "claiming that something happened is a statement",
			text: "Leo Grant claimed the bank had lied to him.",
			want: []want{{pred: "say", subj: "Leo Grant"}},
		},
		{
			desc: "a bill that died is no death",
			text: "In 2005 the House passed a bill, but the bill died in the Senate.",
			none: []string{"die"},
		},
		{
			desc: "an event noun followed by 'likely' is no fact yet",
			text: "The studio said the film is done, with a release likely for late 2009.",
			want: []want{{pred: "release", mod: "hedged"}},
		},
		{
			desc: "a death due to cancer happened",
			text: "Leo Grant's death due to cancer shocked Ohio in 2009.",
			want: []want{{pred: "die", mod: "asserted"}},
		},
		{
			desc: "'would go on to' tells a past, no hedge",
			text: "Leo Grant would go on to win the vacant title in 2005 over Tom Baker.",
			want: []want{{pred: "win", subj: "Leo Grant", tim: "2005", mod: "asserted"}},
		},
		{
			desc: "a conditional 'would' still hedges",
			text: "Leo Grant would win the title in 2011 if he trained.",
			want: []want{{pred: "win", subj: "Leo Grant", mod: "hedged"}},
		},
		{
			desc: "'his nomination of X': he nominates, X is nominated",
			text: "President Leo Grant announced his nomination of Dr. Ann Roe as surgeon general on Monday.",
			want: []want{{pred: "appoint", subj: "Leo Grant", obj: "Ann Roe"}},
		},
		{
			desc: "a possessor alone is still the one it happens to",
			text: "Ann Roe's nomination surprised Ohio on Monday.",
			want: []want{{pred: "appoint", subj: "-", obj: "Ann Roe"}},
		},
		{
			desc: "a spaced hyphen inside '16 - year - old' ends no relative clause",
			text: "A Brooklyn woman who claims she saw the shooting of 16 - year - old Leo Grant says the youth did not have a gun.",
			none: []string{"say"},
		},
		{
			desc: "a spaced hyphen inside a score ends no relative clause",
			text: "Creighton will play Indiana State, which defeated Evansville 51 - 50 on Friday.",
			want: []want{{pred: "win", subj: "Indiana State", tim: "2024-04-26"}},
		},
	}
	runExtractCases(t, tests)
}
