package claims

import "testing"

// The time of event claims and the evidence of statements (times.go). All
// sentences are invented; the publication date is 2024-05-02.
func TestExtractR2Time(t *testing.T) {
	tests := []extractCase{
		{
			desc: "'more than two years ago' dates the event about two years back, not the publication month",
			text: "Tom Reed, who was indicted more than two years ago, appeared in court on Monday.\n",
			want: []want{{pred: "charge", obj: "Tom Reed", tim: "2022"}},
		},
		{
			desc: "'about three weeks ago' dates the event three weeks back",
			text: "Tom Reed was arrested about three weeks ago.\n",
			want: []want{{pred: "arrest", obj: "Tom Reed", tim: "2024-W15"}},
		},
		{
			desc: "a 'where' clause does not take the date of the clause before it",
			text: "Fans waited.\n\nFans sang.\n\nThe court heard on Monday that a guard found the van near the farm where Tom Reed was shot.\n\nPolice arrested Tom Reed on Monday in Dover, where he killed his wife.\n",
			want: []want{{pred: "kill", subj: "Tom Reed", tim: "-"}},
			none: []string{"shoot"},
		},
		{
			desc: "a 'where' clause with its own date keeps it",
			text: "Fans cheered.\n\nPolice arrested Tom Reed on Monday in Dover, where he killed his wife on Sunday.\n",
			want: []want{{pred: "arrest", obj: "Tom Reed", tim: "2024-04-29"}, {pred: "kill", subj: "Tom Reed", tim: "2024-04-28"}},
		},
		{
			desc: "a fronted date stays out of a 'where' clause",
			text: "Fans waited.\n\nFans sang.\n\nOn Monday, Tom Reed sat in the court where his brother was convicted in 2019.\n\nOn Monday, Tom Reed sat in the court where Ann Reed was sentenced.\n",
			want: []want{{pred: "convict", tim: "2019"}, {pred: "sentence", obj: "Ann Reed", tim: "-"}},
		},
		{
			desc: "a participle before its noun names an older event: no date of the sentence, nor the lead's month",
			text: "Convicted forger Tom Reed died on Monday in a prison hospital, officials said.\n\nFans waited.\n\nOn Monday, arrested poet Ann Reed met the mayor.\n",
			want: []want{{pred: "convict", obj: "Tom Reed", tim: "-"}, {pred: "die", subj: "Tom Reed", tim: "2024-04-29"}, {pred: "arrest", obj: "Ann Reed", tim: "-"}, {pred: "meet", subj: "Ann Reed", tim: "2024-04-29"}},
		},
		{
			desc: "an event told after 'following' is the reference point, not dated by the date before it",
			text: "Fans waited.\n\nFans sang.\n\nTom Reed died in prison on Tuesday following his conviction.\n",
			want: []want{{pred: "die", subj: "Tom Reed", tim: "2024-04-30"}, {pred: "convict", obj: "Tom Reed", tim: "-"}},
		},
		{
			desc: "a statement verb after an apposition is no participle before a noun",
			text: "Fans waited.\n\nFans sang.\n\nTom Reed, a partner in the firm, told police many guards left early.\n",
			want: []want{{pred: "say", subj: "Tom Reed", tim: "2024-05-02"}},
		},
		{
			desc: "a statement told before its speaker is inside the statement's evidence",
			text: "Fans waited.\n\nFans sang.\n\nThieves could open the safe in minutes, police said, and then leave by the back door.\n",
			want: []want{{pred: "say", subj: "police", evidence: "Thieves could open the safe in minutes, police said, and then leave by the back door"}},
		},
		{
			desc: "a statement told before its speaker, with the writer's words after it",
			text: "Fans waited.\n\nFans sang.\n\nA storm hit Dover on Tuesday, the Met Office said, sending people running for shelter.\n",
			want: []want{{pred: "say", evidence: "A storm hit Dover on Tuesday, the Met Office said, sending people running for shelter"}},
		},
		{
			desc: "a statement with its speaker first keeps its span",
			text: "Fans waited.\n\nFans sang.\n\nAfter the storm, Tom Reed said the bank would open on Monday.\n",
			want: []want{{pred: "say", subj: "Tom Reed", evidence: "Tom Reed said the bank would open on Monday"}},
		},
	}
	runExtractCases(t, tests)
}
