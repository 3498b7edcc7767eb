// Package claims extracts, from one article at a time, what crosscheck
// compares: temporal expressions (package timex), mentions of people, places
// and things (package mention), and claims — checkable statements with their
// subject, predicate, object, time, place, ordinal, polarity, modality,
// attribution and the exact evidence span.
//
// Extraction never looks at another article; comparison across articles is
// package compare's job.
package claims
