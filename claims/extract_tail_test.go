package claims

import "testing"

// Sense, role, place and name cases of the set18–20 dev samples, in
// invented sentences.
func TestExtractTail(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a person who takes over takes a role, buys nothing",
			text: "The actor Tom Baker will take over the show next year, the studio said on Monday.",
			none: []string{"acquire"},
		},
		{
			desc: "'who is taking over' is a person taking over",
			text: "Fans wondered on Monday who is taking over the spaceship in the series.",
			none: []string{"acquire"},
		},
		{
			desc: "a firm that takes over another buys it",
			text: "Acme Corp took over Widget Inc on Monday.",
			want: []want{{pred: "acquire", subj: "Acme Corp", obj: "Widget Inc"}},
		},
		{
			desc: "going to the police is no visit",
			text: "Last week Maria Lopez went to the police with her story.",
			none: []string{"visit"},
		},
		{
			desc: "losing loved ones is no lost contest",
			text: "The mayor met families who lost loved ones in the fire in Leeds on Sunday.",
			none: []string{"lose"},
		},
		{
			desc: "a bare event noun before 'is' names a kind of act",
			text: "Robbery is one thing and murder is quite another, Judge Ann Lee said on Monday.",
			none: []string{"kill"},
		},
		{
			desc: "a determiner before the noun keeps the event",
			text: "The murder of Tom Reed in Leeds is under investigation, police said on Monday.",
			want: []want{{pred: "kill", obj: "Tom Reed"}},
		},
		{
			desc: "denied a witness is a refusal, no denial of a statement",
			text: "The lawyer said Tom Reed was denied a key witness at his trial in Leeds in May.",
			none: []string{"deny"},
		},
		{
			desc: "the ranked noun before an infinitive is its subject, not a name further left",
			text: "Tom Reed returned a punt 40 yards, helping them join the 1999 Rams as the only teams to win 12 games after losing 12 or more the season before.",
			want: []want{{pred: "win", subj: "-"}},
			none: []string{"lose"},
		},
		{
			desc: "a ranked noun after a preposition is no subject",
			text: "The Sixers rallied from a deficit in the second half to win at Detroit.",
			want: []want{{pred: "win", subj: "Sixers"}},
		},
		{
			desc: "'role in' names the matter, no place",
			text: "Tom Reed served a prison term for his role in Blackgate.",
			none: []string{"sentence"},
		},
		{
			desc: "a party adjective is no place",
			text: "In 1972 Tom Reed held a meeting with Ann Lee where a plan to break in Democratic offices was made.",
			want: []want{{pred: "meet", place: "-"}},
		},
		{
			desc: "a firm's branch in a country keeps its firm's name",
			text: "Services were cut on Monday. Vodafone Egypt said some users face problems.",
			want: []want{{pred: "say", subj: "Vodafone Egypt"}},
		},
		{
			desc: "the last part of a place's address is no speaker",
			text: "Jane Doe, the county attorney in Pima County, Az. said in a statement on Monday that she had heard of the charges.",
			want: []want{{pred: "say", subj: "Jane Doe"}},
		},
		{
			desc: "a spaced hyphenated title stays whole",
			text: "In Ontario, Attorney - General Ann Lee has focused on fraud.",
			want: []want{{pred: "title", subj: "Ann Lee", obj: "attorney - general"}},
		},
		{
			desc: "'no way ... not' is no negation",
			text: "There is no way that Tom Reed would not have met Ann Lee in Paris in May.",
			want: []want{{pred: "meet", subj: "Tom Reed", neg: false}},
		},
	}
	runExtractCases(t, tests)
}
