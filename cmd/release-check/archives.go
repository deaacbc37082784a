package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// archiveEntries lists the file names in a .zip or .tar.gz archive.
func archiveEntries(path string) ([]string, error) {
	switch {
	case strings.HasSuffix(path, ".zip"):
		r, err := zip.OpenReader(path)
		if err != nil {
			return nil, err
		}
		defer func() { _ = r.Close() }()
		names := make([]string, len(r.File))
		for i, f := range r.File {
			names[i] = f.Name
		}
		return names, nil
	case strings.HasSuffix(path, ".tar.gz"):
		return tarGzEntries(path)
	}
	return nil, fmt.Errorf("%s: neither .zip nor .tar.gz", path)
}

func tarGzEntries(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return names, nil
		}
		if err != nil {
			return nil, err
		}
		names = append(names, h.Name)
	}
}
