import requests
r = requests.request({{method}}, {{url}}, headers={{headers}}, data={{data}}, timeout=30)
