// Command crosscheck extracts dated factual claims from news articles and
// compares them across outlets.
//
//	crosscheck compare [flags] PATH...   the conflict table of a story
//	crosscheck extract [flags] PATH...   what was found in each article
//
// Exit status: 0 ok, 1 internal failure, 2 bad usage or rejected input.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
