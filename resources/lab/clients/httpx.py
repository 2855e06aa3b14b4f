import httpx
r = httpx.request({{method}}, {{url}}, headers={{headers}}, content={{data}}, follow_redirects=True, timeout=30)
