package claims

import "testing"

// Cases of the error classes of the d19 development sample (ECB+ topics
// 1–19, seed 1919), in invented sentences.
func TestExtractD19(t *testing.T) {
	tests := []extractCase{
		{
			desc: "the month 'May' in a date is no modal",
			text: "On May 3 the ministry announced new rules for fishing.",
			want: []want{{pred: "announce", mod: "asserted"}},
		},
		{
			desc: "'a May announcement' is a past announcement, not a possible one",
			text: "The rule goes back to a May announcement by the Fisheries Office that listed the seal as endangered.",
			want: []want{{pred: "announce", mod: "asserted"}},
		},
		{
			desc: "the modal 'may' still hedges",
			text: "Tom Reed may visit Oslo in May.",
			want: []want{{pred: "visit", mod: "hedged"}},
		},
		{
			desc: "a team that went to the Finals reached them, it visited nothing",
			text: "The coach was on the staff when the Hawks went to the NBA Finals in 2003.",
			none: []string{"visit"},
		},
		{
			desc: "going to a city is still a visit",
			text: "The coach went to Denver in 2003 to meet the owners.",
			want: []want{{pred: "visit", obj: "Denver"}},
		},
		{
			desc: "'added another $20,000 to the reward' adds money, it says nothing",
			text: "The city offered $50,000 and the county Board of Supervisors added another $20,000 to the reward.",
			none: []string{"say"},
		},
		{
			desc: "'added 5 percent' adds an amount",
			text: "Acme Corp added 5 percent to its workforce in the last quarter of the year.",
			none: []string{"say"},
		},
		{
			desc: "'added that' with an amount after it still says",
			text: "Tom Reed added that 5 percent of the staff would lose their jobs.",
			want: []want{{pred: "say", subj: "Tom Reed"}},
		},
		{
			desc: "'according to' with no comma: the source ends where the clause starts",
			text: "According to Salem police an officer arrived at the bank after a call about a parcel.",
			want: []want{{pred: "visit", subj: "officer", mod: "reported", attr: "Salem police"}},
		},
		{
			desc: "'according to' with a comma keeps its source",
			text: "According to Salem police, an officer arrived at the bank after a call.",
			want: []want{{pred: "visit", mod: "reported", attr: "Salem police"}},
		},
		{
			desc: "a statement relayed by a closing speaker is his report",
			text: "Tom Reed said nothing after officers surrounded him, Sheriff Ann Lee said.",
			want: []want{{pred: "say", subj: "Tom Reed", neg: true, mod: "reported", attr: "Ann Lee"}},
		},
		{
			desc: "a closing 'said that' opens a new statement, it relays nothing",
			text: "Tom Reed said he fired twice, Ann Lee said that was false.",
			want: []want{{pred: "say", subj: "Tom Reed", mod: "asserted", attr: "Tom Reed"}},
		},
		{
			desc: "'Oscar winning screenwriter' is a compound adjective without its hyphen",
			text: "Last year the studio pursued Oscar winning Golden Dunes screenwriter Simon Beaufoy to write the script.",
			none: []string{"win"},
		},
		{
			desc: "'award winning director' is the same",
			text: "The festival hired award winning director Tom Reed in 2012.",
			none: []string{"win"},
		},
		{
			desc: "'Spain winning the cup' is a win",
			text: "Fans cheered Spain winning the cup in Vienna.",
			want: []want{{pred: "win", subj: "Spain"}},
		},
		{
			desc: "'he said' inside a quote opened in an earlier sentence is no statement of a name nearby",
			text: "Prosecutor Paul Howard spoke to reporters. \"I believe Tom Reed did not win.\nIn his own words, he said it's not in his nature to stay in jail,\" said Ann Lee, a relative of the victim.",
			none: []string{"say"},
		},
		{
			desc: "'He said' outside quotes keeps its speaker",
			text: "Paul Howard spoke to reporters. He said Tom Reed would stay in jail for life.",
			want: []want{{pred: "say", subj: "Paul Howard"}},
		},
		{
			desc: "a nationality before 'navy' modifies it: the navy announced",
			text: "One sailor died in the attack, which the Danish navy had originally announced by saying it had sunk a pirate ship.",
			want: []want{{pred: "say", subj: "Danish navy", attr: "Danish navy"}},
		},
		{
			desc: "a place before a role noun modifies it: the governor speaks, not the place",
			text: "Her spokesman said on Friday. The Utah governor told an assistant pastor she was sorry if the fire was connected to her campaign.",
			want: []want{{pred: "fire", mod: "reported", attr: "Utah governor"}},
		},
		{
			desc: "a place before a role noun as the subject of 'said'",
			text: "On Saturday, the Utah Governor said she apologizes if the fire was in any way connected to her campaign.",
			want: []want{{pred: "say", subj: "Utah Governor"}},
		},
		{
			desc: "an event the 'if' clause only supposes stays hedged",
			text: "Police would respond if the fire in Oslo spreads on Monday.",
			want: []want{{pred: "fire", mod: "hedged"}},
		},
		{
			desc: "the date of returning to prison does not date the sentence served",
			text: "Tom Reed was in and out of jail until he returned to prison in June 1999 to serve a life sentence for assault.",
			none: []string{"sentence"},
		},
		{
			desc: "'is serving three life sentences' takes no date of publication",
			text: "Tom Reed is serving three life sentences in Texas, officials said on Monday.",
			want: []want{{pred: "sentence", obj: "Tom Reed", tim: "-"}},
		},
		{
			desc: "'was sentenced in June 1999' keeps its date",
			text: "Tom Reed served time and was sentenced again in June 1999.",
			want: []want{{pred: "sentence", tim: "1999-06"}},
		},
		{
			desc: "a two-word name ending in a place word after 'in' is a place, not the one 'she' stands for",
			text: "Ben attended school in White Rock but moved to Oslo.\nShe said he travelled to Peru for a while.",
			want: []want{{pred: "visit", subj: "-", obj: "Peru"}},
			none: []string{"say"},
		},
		{
			desc: "a house in a town named by a place word is the place of the event",
			text: "Deputy Tom Reed was shot and killed on Friday at a house in Hawaiian Gardens.",
			want: []want{{pred: "kill", place: "Hawaiian Gardens"}},
		},
		{
			desc: "an opening date belongs to the verb that answers a request, not to the request",
			text: "On 23 October, the government gave a go-ahead to the Navy's request for patrols off Somalia.",
			want: []want{{pred: "request", subj: "Navy", tim: "-"}},
		},
		{
			desc: "an opening date still dates the event noun after a light verb",
			text: "On 23 October, the rebels launched an attack on Homs.",
			want: []want{{pred: "attack", tim: "2023-10-23"}},
		},
		{
			desc: "an opening date still dates an event noun after 'during'",
			text: "In 1999, Tom Reed stabbed his wife during a visit to Oslo.",
			want: []want{{pred: "visit", tim: "1999"}},
		},
		{
			desc: "'other states' is a plural noun, no statement",
			text: "The agency will decide whether to grant Oregon and other states the right to regulate emissions.",
			none: []string{"say"},
		},
		{
			desc: "'tells the story of' narrates, it states nothing",
			text: "The film series stars Tom Reed and tells the story of a girl who moves to a small town.",
			none: []string{"say"},
		},
		{
			desc: "'getting on a flight back to New York' is a plane trip, no escape",
			text: "Prosecutor Tom Reed said she was getting on a flight back to New York on Monday.",
			none: []string{"flee"},
		},
		{
			desc: "'flight to Moscow' after a possessor is still an escape",
			text: "Assad's flight to Moscow on Sunday ended his rule.",
			want: []want{{pred: "flee", place: "Moscow"}},
		},
		{
			desc: "the verb 'fled back home' is still an escape",
			text: "Office workers fled back home through the alley in Oslo on Monday, police said.",
			want: []want{{pred: "flee"}},
		},
		{
			desc: "a year inside a noun phrase dates its own event, not the trigger before the phrase",
			text: "Tom Reed began a stint in a clinic as part of a sentence for a 2012 car crash case.",
			want: []want{{pred: "crash", tim: "2012"}},
			none: []string{"sentence"},
		},
		{
			desc: "'BBC Two says' is a name then a verb of saying",
			text: "Ann Roe, head of BBC Two says the show will return in May.",
			want: []want{{pred: "say"}},
		},
	}
	runExtractCases(t, tests)
}
