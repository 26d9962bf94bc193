window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014368129582456836"
          ],
          "editableUntil" : "2026-01-22T17:02:41.010Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "4",
      "id_str" : "2014368129582456836",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014368129582456836",
      "created_at" : "Thu Jan 22 16:02:41 +0000 2026",
      "favorited" : false,
      "full_text" : "A lab-in-the-loop result I'm excited about: 4 design rounds, each using the previous round's assay data, took our hit rate from 2% to 19%. Closed-loop beats one-shot generation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013788477785726980"
          ],
          "editableUntil" : "2026-01-21T02:39:22.276Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIforScience",
            "indices" : [
              "97",
              "110"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "23",
      "id_str" : "2013788477785726980",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013788477785726980",
      "created_at" : "Wed Jan 21 01:39:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Please stop calling LLM-generated hypotheses \"discoveries\" until someone has run the experiment. #AIforScience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013709371655049217"
          ],
          "editableUntil" : "2026-01-20T21:25:01.029Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "20",
      "id_str" : "2013709371655049217",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013709371655049217",
      "created_at" : "Tue Jan 20 20:25:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Structure prediction made the first 10% of drug discovery faster. The other 90% (toxicity, manufacturing, trials) is still slow, expensive, and mostly untouched by AI. Temper the headlines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013504904100294664"
          ],
          "editableUntil" : "2026-01-20T07:52:32.342Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIforScience",
            "indices" : [
              "148",
              "161"
            ]
          },
          {
            "text" : "biotech",
            "indices" : [
              "162",
              "170"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "12",
      "id_str" : "2013504904100294664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013504904100294664",
      "created_at" : "Tue Jan 20 06:52:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Protein design models are good enough now that wet-lab throughput is the bottleneck. We can generate 10k candidate binders a day; we can test ~200. #AIforScience #biotech",
      "lang" : "en"
    }
  }
]