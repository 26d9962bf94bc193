window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2013925151637266433",
      "updatedAt" : "2026-01-21T10:42:27.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2013925149362270219"
      },
      "createdAt" : "2026-01-21T10:42:27.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Long post, because the bubble question deserves more than a one-liner.\n\nSigns this looks like a bubble: 60x+ revenue multiples for young companies, circular deals where suppliers invest in customers who buy their chips, and a lot of debt sitting behind GPUs in the neocloud layer.\n\nSigns it doesn't: the biggest spenders are enormously profitable and funding most of it from cash flow, usage is real and growing, and prices per unit of intelligence are falling fast, which is what you expect from a real technology, not a fad.\n\nMy view: it's both. A real technology with a bubble layered on top, like railways in the 1840s. The track got built, many investors lost money, the country was transformed anyway.\n\nPractical advice: own the cash-flow businesses, be careful with anything whose valuation depends on the next round. $NVDA $MSFT #AI",
        "mentions" : [],
        "cashtags" : [
          {
            "text" : "NVDA",
            "fromIndex" : "825",
            "toIndex" : "830"
          },
          {
            "text" : "MSFT",
            "fromIndex" : "831",
            "toIndex" : "836"
          }
        ],
        "hashtags" : [
          {
            "text" : "AI",
            "fromIndex" : "837",
            "toIndex" : "840"
          }
        ]
      }
    }
  }
]