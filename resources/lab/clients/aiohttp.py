import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request({{method}}, {{url}}, headers={{headers}}, data={{data}}) as r:
            await r.read()

asyncio.run(main())
