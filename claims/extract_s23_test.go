package claims

import "testing"

// Cases of the set23 dev sample (speakers, degrees, schedules), in invented
// sentences.
func TestExtractS23(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a pronoun in what was said is not the speaker after it",
			text: "Ann Moran walked into the lobby. He then opened fire on the guards, Deputy Chief Tom Reyes said.",
			want: []want{{pred: "attack", subj: "-", mod: "reported"}},
		},
		{
			desc: "a speaker with titles before his name closes the sentence",
			text: "Ann Moran walked into the lobby. She then opened fire on the guards, Homicide Capt. James Clark said.",
			want: []want{{pred: "attack", subj: "Ann Moran", mod: "reported", attr: "James Clark"}},
		},
		{
			desc: "a titled name followed by a verb and its own object is no closing speaker",
			text: "The Jets dropped their offer to Ben Ruiz. In fact, Jets GM Tom Reyes later confirmed the report to the Daily Star.",
			want: []want{{pred: "announce", subj: "Tom Reyes", mod: "asserted", attr: "-"}},
		},
		{
			desc: "a newspaper speaks",
			text: "Tom Hale also died at the same clinic, the newspaper said.",
			want: []want{{pred: "die", subj: "Tom Hale", mod: "reported", attr: "the newspaper"}},
		},
		{
			desc: "a newspaper that published a poll does not say what the poll says",
			text: "A poll published by the Ledger newspaper on Sunday said 60 percent of voters were unhappy.",
			none: []string{"say"},
		},
		{
			desc: "a degree after a name names no one",
			text: "Jane Ortiz, M.D., M.B.A., Nominated for Top Health Job",
			none: []string{"appoint"},
		},
		{
			desc: "the name before a degree is the nominee",
			text: "Jane Ortiz, M.D., was nominated Monday.",
			want: []want{{pred: "appoint", obj: "Jane Ortiz"}},
		},
		{
			desc: "a schedule told in the past is a plan",
			text: "Tom Hale was serving a ten-year term and was due to be released in June 2012.",
			want: []want{{pred: "release", mod: "planned", tim: "2012-06"}},
		},
		{
			desc: "the object of a verb before 'to tell' tells nothing; the speaker at the end reports the sentence",
			text: "Ann Moran finally went to Denver and called police to tell them what she had done, officials said.",
			want: []want{{pred: "visit", subj: "Ann Moran", mod: "reported", attr: "officials"}},
			none: []string{"say"},
		},
		{
			desc: "a subject before 'declined to say' still has its statement",
			text: "Tom Reyes declined to say whether the plant would close.",
			want: []want{{pred: "say", subj: "Tom Reyes", neg: true}},
		},
		{
			desc: "'which is not to say' is no statement",
			text: "The actor Tom Reyes is best known to Americans, which is not to say well known, as a spin doctor.",
			none: []string{"say"},
		},
		{
			desc: "'needless to say' is no statement",
			text: "Needless to say, Tom Reyes was upset about the move to Boston.",
			none: []string{"say"},
		},
		{
			desc: "an event noun after 'such' names a kind of event",
			text: "Tom Reyes said the club can survive such injuries better than most teams.",
			none: []string{"injure"},
		},
		{
			desc: "an ordinal before 'such' makes it one event of the kind",
			text: "It was the second such attack on the base in Kabul this month.",
			want: []want{{pred: "attack", place: "Kabul", ord: 2}},
		},
		{
			desc: "a year inside an identifier does not date the event",
			text: "Hackers attacked the Acme bank through the flaw (CVE - 2012 - 4567), Tom Reyes said.",
			want: []want{{pred: "attack", tim: "2024-05", mod: "reported"}},
		},
		{
			desc: "a verb phrase after 'and could' keeps its date, place and opponent",
			text: "The Jets lost their ninth game of the season and could tie the club mark of 12 losses next week in Boston against Tom Brady.",
			want: []want{{pred: "lose", subj: "Jets", obj: "-", place: "-", tim: "2024-05", mod: "asserted"}},
		},
		{
			desc: "a statement told inside another is reported by the outer speaker and takes no publication date",
			text: "Ann Cole told reporters Friday that Tom Moran called police, saying \"I am sorry\" and asking for help.",
			want: []want{{pred: "say", trigger: "saying", subj: "Tom Moran", mod: "reported", attr: "Ann Cole", tim: "-"}},
		},
		{
			desc: "a speaker with an apposition of her job ('a 911 dispatcher') reports the sentence",
			text: "Cpl. Ann Cole, a 911 dispatcher, told reporters Friday that Tom Moran called police, saying \"I am sorry\" and asking for help.",
			want: []want{{pred: "say", trigger: "saying", subj: "Tom Moran", mod: "reported", attr: "Ann Cole"}},
		},
		{
			desc: "a speaker closing the sentence after another's statement makes no nested statement",
			text: "Tom Moran stayed calm after officers surrounded him, Ann Cole said, describing him as subdued.",
			want: []want{{pred: "say", subj: "Ann Cole", attr: "Ann Cole"}},
		},
		{
			desc: "a player called for a foul asks for nothing",
			text: "The catch was overturned when Tom Reyes was called for pass interference.",
			none: []string{"request"},
		},
		{
			desc: "calling for a ban is a request",
			text: "Ann Cole called for a ban on handguns in Boston on Monday.",
			want: []want{{pred: "request", subj: "Ann Cole"}},
		},
		{
			desc: "a conspiracy conviction is a conviction, asserted",
			text: "Tom Moran was serving a term for a racketeering conspiracy conviction in Brooklyn in 1997.",
			want: []want{{pred: "convict", mod: "asserted", tim: "1997"}},
		},
		{
			desc: "a date that ends a clause under a noun does not date an event noun after a participle",
			text: "In April 2003, Tom Moran pleaded guilty to charges he feigned illness in the 1990s, adding three years to his sentence.",
			want: []want{{pred: "plead", subj: "Tom Moran", tim: "2003-04"}, {pred: "sentence", obj: "Tom Moran", tim: "-"}},
		},
	}
	runExtractCases(t, tests)
}
