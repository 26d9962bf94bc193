window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014478319143370754"
          ],
          "editableUntil" : "2026-01-23T00:20:33.800Z",
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
        "197"
      ],
      "favorite_count" : "77",
      "id_str" : "2014478319143370754",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014478319143370754",
      "created_at" : "Thu Jan 22 23:20:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Patients are asking chatbots about their lab results before they message us. About 30% of my portal messages now start with \"the AI said\". We should design for that, not pretend it isn't happening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014212830092591110"
          ],
          "editableUntil" : "2026-01-22T06:45:35.396Z",
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
        "191"
      ],
      "favorite_count" : "8",
      "id_str" : "2014212830092591110",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014212830092591110",
      "created_at" : "Thu Jan 22 05:45:35 +0000 2026",
      "favorited" : false,
      "full_text" : "A radiology model that beats the average radiologist on a benchmark isn't the same as one that improves outcomes in a real workflow. We need more prospective trials, fewer retrospective AUCs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014014265585598466"
          ],
          "editableUntil" : "2026-01-21T17:36:34.574Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "HealthAI",
            "indices" : [
              "180",
              "189"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "27",
      "id_str" : "2014014265585598466",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014014265585598466",
      "created_at" : "Wed Jan 21 16:36:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Ambient AI scribes in our clinic: documentation time per visit went from 11 to 4 minutes. But I still fix roughly one medication error a day in the drafts. Review is not optional. #HealthAI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013979397687939076"
          ],
          "editableUntil" : "2026-01-21T15:18:00.348Z",
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
        "urls" : [
          {
            "url" : "https://t.co/ezB2g9bHxO",
            "expanded_url" : "https://twitter.com/adam_audits/status/2013865549819133967",
            "display_url" : "twitter.com/adam_audits/sta…",
            "indices" : [
              "217",
              "240"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "240"
      ],
      "favorite_count" : "68",
      "id_str" : "2013979397687939076",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013979397687939076",
      "created_at" : "Wed Jan 21 14:18:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Healthcare version of this: an agent that reads patient emails should never be the one that can change orders in the EHR. Least privilege is already in our compliance rules; it just needs applying to software agents. https://t.co/ezB2g9bHxO",
      "lang" : "en",
      "quoted_status_id_str" : "2013865549819133967"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013822936879976451"
          ],
          "editableUntil" : "2026-01-21T04:56:17.525Z",
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
        "186"
      ],
      "favorite_count" : "21",
      "id_str" : "2013822936879976451",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013822936879976451",
      "created_at" : "Wed Jan 21 03:56:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Our hospital's AI committee approved 3 of 14 proposals this quarter. The rejected ones weren't bad tech; they had no plan for who reviews the outputs and what happens when they're wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013541866859180045"
          ],
          "editableUntil" : "2026-01-20T10:19:25.986Z",
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
        "92"
      ],
      "favorite_count" : "48",
      "id_str" : "2013541866859180045",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2013541866859180045",
      "created_at" : "Tue Jan 20 09:19:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Night shift done. Breakfast: two eggs, toast, and the sunrise over the parking lot. Glamour.",
      "lang" : "en"
    }
  }
]