window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014270014507581443"
          ],
          "editableUntil" : "2026-01-22T10:32:49.775Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "16",
      "id_str" : "2014270014507581443",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014270014507581443",
      "created_at" : "Thu Jan 22 09:32:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Support tickets mentioning \"the AI got it wrong\" fell 40% after we started showing a one-line reason next to every categorization. Explanations build trust, even short ones.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014156145150943246"
          ],
          "editableUntil" : "2026-01-22T03:00:20.874Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "24",
      "id_str" : "2014156145150943246",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014156145150943246",
      "created_at" : "Thu Jan 22 02:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Hiring: one senior engineer who enjoys boring problems (CSV imports, bank feeds, timezone bugs). AI writes a lot of the code; you make sure it's right. DMs open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014098209721958400"
          ],
          "editableUntil" : "2026-01-21T23:10:07.922Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "19",
      "id_str" : "2014098209721958400",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014098209721958400",
      "created_at" : "Wed Jan 21 22:10:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Founder life: cold leftover pad thai at 11pm while fixing a bank-feed bug. The bug won, the pad thai lost.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013909660911325186"
          ],
          "editableUntil" : "2026-01-21T10:40:54.438Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "18",
      "id_str" : "2013909660911325186",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013909660911325186",
      "created_at" : "Wed Jan 21 09:40:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Our inference bill dropped from $41k to $12k/month after routing 80% of requests to a fine-tuned 8B model and keeping the frontier model for edge cases. Model routing is the most boring, most profitable thing we did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013786526234640393"
          ],
          "editableUntil" : "2026-01-21T02:31:36.141Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "vc_nadia",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "166446347",
            "id" : "166446347"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "128"
      ],
      "favorite_count" : "629",
      "id_str" : "2013786526234640393",
      "truncated" : false,
      "retweet_count" : "179",
      "id" : "2013786526234640393",
      "created_at" : "Wed Jan 21 01:31:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@vc_nadia thank you! And yes, 30% is generous some weeks. The best-performing \"AI feature\" this month was a better CSV importer.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013779030957522952",
      "in_reply_to_status_id" : "2013779030957522952",
      "in_reply_to_user_id" : "166446347",
      "in_reply_to_user_id_str" : "166446347",
      "in_reply_to_screen_name" : "vc_nadia"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013748987461840904"
          ],
          "editableUntil" : "2026-01-21T00:02:26.653Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "startups",
            "indices" : [
              "182",
              "191"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "192",
              "195"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "84",
      "id_str" : "2013748987461840904",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2013748987461840904",
      "created_at" : "Tue Jan 20 23:02:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Loomwright hit $1M ARR today. 14 months, 6 people, AI bookkeeping for small restaurants. The AI part is maybe 30% of the product. The rest is integrations with terrible POS systems. #startups #AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013680247154774025"
          ],
          "editableUntil" : "2026-01-20T19:29:17.002Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "startups",
            "indices" : [
              "154",
              "163"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "40",
      "id_str" : "2013680247154774025",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013680247154774025",
      "created_at" : "Tue Jan 20 18:29:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Customers don't want \"an AI agent\". They want \"my books closed by the 5th\". We removed the word \"agent\" from our landing page and conversion went up 18%. #startups",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013626629435498502"
          ],
          "editableUntil" : "2026-01-20T15:56:14.022Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iS4nKlF4TV",
            "expanded_url" : "https://twitter.com/vc_nadia/status/2013582556785217539",
            "display_url" : "twitter.com/vc_nadia/status…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "60",
      "id_str" : "2013626629435498502",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013626629435498502",
      "created_at" : "Tue Jan 20 14:56:14 +0000 2026",
      "favorited" : false,
      "full_text" : "For the record, at Loomwright we'd take a 66x multiple too. We'd also like the $90M ARR first. https://t.co/iS4nKlF4TV",
      "lang" : "en",
      "quoted_status_id_str" : "2013582556785217539"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013444670118400015"
          ],
          "editableUntil" : "2026-01-20T03:53:12.794Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nny2w7Fd72",
            "expanded_url" : "https://twitter.com/i/web/status/2013444670118400015",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "245",
              "268"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "268"
      ],
      "favorite_count" : "73",
      "id_str" : "2013444670118400015",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013444670118400015",
      "created_at" : "Tue Jan 20 02:53:12 +0000 2026",
      "favorited" : false,
      "full_text" : "A few lessons from getting Loomwright to $1M ARR, for anyone building an AI product for small businesses:\n\n- Sell the outcome, not the technology. Our customers are restaurant owners. They care about closed books and fewer surprises from their… https://t.co/nny2w7Fd72",
      "lang" : "en"
    }
  }
]