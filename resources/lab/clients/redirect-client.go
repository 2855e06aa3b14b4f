// The redirect lab's Go client: one request with net/http's default client, which follows
// redirects by itself (net/http client.go: redirectBehavior, makeHeadersCopier).
//
//	statusdeck-go-client [-X METHOD] [-H 'Name: value']... [-d DATA] [-stream] URL
//
// -d sends DATA from a strings.Reader, which http.NewRequest can read again (it sets GetBody),
// so a 307 or 308 is followed with the body. -stream sends DATA from a plain io.Reader instead,
// the way a body from a file, a pipe or a network stream arrives: GetBody is nil, and the client
// returns a 307 or 308 to the caller instead of following it.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

type headerList []string

func (h *headerList) String() string     { return strings.Join(*h, ", ") }
func (h *headerList) Set(v string) error { *h = append(*h, v); return nil }

func main() {
	method := flag.String("X", "GET", "request method")
	data := flag.String("d", "", "request body")
	stream := flag.Bool("stream", false, "send the body from an io.Reader without GetBody")
	var headers headerList
	flag.Var(&headers, "H", "request header 'Name: value' (repeatable)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: statusdeck-go-client [-X METHOD] [-H 'Name: value']... [-d DATA] [-stream] URL")
		os.Exit(2)
	}

	var body io.Reader
	if *data != "" {
		if *stream {
			body = io.MultiReader(strings.NewReader(*data))
		} else {
			body = strings.NewReader(*data)
		}
	}
	req, err := http.NewRequest(*method, flag.Arg(0), body)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, h := range headers {
		name, value, ok := strings.Cut(h, ":")
		if !ok {
			fmt.Fprintf(os.Stderr, "not a header: %q\n", h)
			os.Exit(2)
		}
		req.Header.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		fmt.Fprintf(os.Stderr, "net/http returned the %s to the caller without following it\n", resp.Status)
	}
}
