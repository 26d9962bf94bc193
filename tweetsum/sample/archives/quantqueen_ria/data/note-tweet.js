window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2014076645282164743",
      "updatedAt" : "2026-01-21T20:44:26.000Z",
      "lifecycle" : {
        "value" : "0",
        "name" : "Created",
        "originalTweetId" : "2014076643900739597"
      },
      "createdAt" : "2026-01-21T20:44:26.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "My Q1 positioning, since people keep asking (not advice, just how I think about it):\n\n- $NVDA: core long, trimmed 15% into the December highs. Still the default supplier until custom silicon proves itself at scale.\n- $TSM: largest position. Packaging capacity is the real bottleneck and pricing power follows.\n- $AMD: small, optionality on an inference win. If they land one hyperscaler for serving, the multiple re-rates fast.\n- $MSFT / $GOOGL: market-weight. Both get paid whether the model winner is open or closed.\n- $META: underweight. I like the ads engine, I don't like capex growing faster than revenue.\n\nBiggest risk I see: not a demand collapse, but a power and permitting bottleneck that pushes data center timelines out 12-18 months and makes the 2026 numbers look silly. #AI #stocks",
        "mentions" : [],
        "cashtags" : [
          {
            "text" : "NVDA",
            "fromIndex" : "88",
            "toIndex" : "93"
          },
          {
            "text" : "TSM",
            "fromIndex" : "217",
            "toIndex" : "221"
          },
          {
            "text" : "AMD",
            "fromIndex" : "312",
            "toIndex" : "316"
          },
          {
            "text" : "MSFT",
            "fromIndex" : "430",
            "toIndex" : "435"
          },
          {
            "text" : "GOOGL",
            "fromIndex" : "438",
            "toIndex" : "444"
          },
          {
            "text" : "META",
            "fromIndex" : "521",
            "toIndex" : "526"
          }
        ],
        "hashtags" : [
          {
            "text" : "AI",
            "fromIndex" : "784",
            "toIndex" : "787"
          },
          {
            "text" : "stocks",
            "fromIndex" : "788",
            "toIndex" : "795"
          }
        ]
      }
    }
  }
]